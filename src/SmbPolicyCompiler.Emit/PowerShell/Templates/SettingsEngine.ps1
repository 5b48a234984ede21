
# ---- The logic below is the same for every ring (smbpol's settings template); the data above is the ring's. ----

$ErrorActionPreference = 'Stop'
$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $isAdmin -and -not $WhatIfPreference) {
    throw 'Run this script as administrator (or with -WhatIf to see what it would change).'
}

if (-not $LogPath) { $LogPath = Join-Path $env:ProgramData ('smbpol\' + $DefaultLogName) }
# What Apply replaced, per ring and side: written before Apply's first change, read by Rollback.
$StatePath = Join-Path $env:ProgramData ('smbpol\' + $DefaultStateName)
$invariant = [Globalization.CultureInfo]::InvariantCulture
# The 64-bit registry view, also when this runs in 32-bit PowerShell.
$hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
$commands = @{}
$configurations = @{}

function New-Folder([string]$Path) {
    $folder = Split-Path -Parent $Path
    if ($folder -and -not (Test-Path -LiteralPath $folder)) { New-Item -ItemType Directory -Path $folder -Force -WhatIf:$false | Out-Null }
}

function Write-Log([string]$Message) {
    Write-Verbose $Message
    Write-Information $Message
    if ($WhatIfPreference) { return }
    New-Folder $LogPath
    $stamp = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', $invariant)
    Add-Content -LiteralPath $LogPath -Value ('{0} [{1}] {2}' -f $stamp, $Title, $Message) -Encoding UTF8 -WhatIf:$false
}

function Get-RegistryState([string]$Key, [string]$Name) {
    $subKey = $hklm.OpenSubKey($Key)
    if ($null -eq $subKey) { return $null }
    try {
        if (-not ($subKey.GetValueNames() -contains $Name)) { return $null }
        return @{ Kind = [string]$subKey.GetValueKind($Name); Data = $subKey.GetValue($Name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames) }
    }
    finally { $subKey.Close() }
}

function Format-Data($Type, $Data) {
    if ($null -eq $Data) { return '(absent)' }
    if ($Data -is [byte[]]) { return ('{0} {1}' -f $Type, [BitConverter]::ToString($Data)) }
    return ('{0} {1}' -f $Type, (@($Data) -join ', '))
}

function Test-SameData($State, $Type, $Value) {
    if ($null -eq $State -or $State.Kind -ne $Type) { return $false }
    if ($Type -eq 'DWord' -or $Type -eq 'QWord') { return ([long]$State.Data -eq [long]$Value) }
    if ($Type -eq 'MultiString') { return ((@($State.Data) -join "`n") -ceq (@($Value) -join "`n")) }
    if ($Type -eq 'Binary' -or $Type -eq 'None') { return ([BitConverter]::ToString([byte[]]@($State.Data)) -ceq [BitConverter]::ToString([byte[]]@($Value))) }
    return ([string]$State.Data -ceq [string]$Value)
}

function Write-RegistryValue([string]$Key, [string]$Name, [string]$Type, $Value) {
    $subKey = $hklm.CreateSubKey($Key)
    try {
        $data = $Value
        if ($Type -eq 'DWord') { $data = [int]$Value }
        elseif ($Type -eq 'QWord') { $data = [long]$Value }
        elseif ($Type -eq 'MultiString') { $data = [string[]]@($Value) }
        elseif ($Type -eq 'Binary' -or $Type -eq 'None') { $data = [byte[]]@($Value) }
        else { $data = [string]$Value }
        $subKey.SetValue($Name, $data, [Microsoft.Win32.RegistryValueKind]$Type)
    }
    finally { $subKey.Close() }
}

function Remove-RegistryValue([string]$Key, [string]$Name) {
    $subKey = $hklm.OpenSubKey($Key, $true)
    if ($null -eq $subKey) { return }
    try { $subKey.DeleteValue($Name, $false) } finally { $subKey.Close() }
}

# A key Apply created goes again once it is empty.
function Remove-EmptyKey([string]$Key) {
    $subKey = $hklm.OpenSubKey($Key)
    if ($null -eq $subKey) { return }
    try { $empty = $subKey.GetValueNames().Count -eq 0 -and $subKey.GetSubKeyNames().Count -eq 0 } finally { $subKey.Close() }
    if (-not $empty) { return }
    $slash = $Key.LastIndexOf('\')
    $parent = $hklm.OpenSubKey($Key.Substring(0, $slash), $true)
    try { $parent.DeleteSubKey($Key.Substring($slash + 1), $false) } finally { $parent.Close() }
}

function Test-CmdletParameter($Setting) {
    if (-not $Setting.Cmdlet) { return $false }
    $name = $Setting.Cmdlet + ' -' + $Setting.Parameter
    if (-not $commands.ContainsKey($name)) {
        # Some parameters exist only on newer builds; elsewhere the registry value is written.
        $command = Get-Command -Name $Setting.Cmdlet -ErrorAction SilentlyContinue
        $commands[$name] = ($null -ne $command -and $command.Parameters.ContainsKey($Setting.Parameter))
    }
    return $commands[$name]
}

function Get-CmdletValue($Setting) {
    if (-not $configurations.ContainsKey($Setting.GetCmdlet)) { $configurations[$Setting.GetCmdlet] = & $Setting.GetCmdlet }
    return $configurations[$Setting.GetCmdlet].($Setting.Parameter)
}

function Invoke-SetCmdlet($Setting, $Value) {
    $arguments = @{ ($Setting.Parameter) = $Value; Force = $true; Confirm = $false }
    & $Setting.Cmdlet @arguments
    $configurations.Remove($Setting.GetCmdlet)
}

# ---- The record of what Apply replaced ----

function Read-PriorState {
    if (-not (Test-Path -LiteralPath $StatePath)) { return $null }
    $state = Get-Content -LiteralPath $StatePath -Raw -Encoding UTF8 | ConvertFrom-Json
    if ($state.schemaVersion -ne 1 -or $state.ring -ne $RingName -or $state.side -ne $SideName) {
        throw ("{0} is not this script's record (ring '{1}', side '{2}', schemaVersion 1). Move it away and run again." -f $StatePath, $RingName, $SideName)
    }
    return $state
}

function Save-PriorState($State) {
    New-Folder $StatePath
    $partial = $StatePath + '.partial'
    Set-Content -LiteralPath $partial -Value ($State | ConvertTo-Json -Depth 5) -Encoding UTF8 -WhatIf:$false
    Move-Item -LiteralPath $partial -Destination $StatePath -Force -WhatIf:$false
}

function ConvertTo-RecordedData($State) {
    if ($null -eq $State) { return $null }
    if ($State.Kind -eq 'Binary' -or $State.Kind -eq 'None') { return [BitConverter]::ToString([byte[]]@($State.Data)).Replace('-', '') }
    if ($State.Kind -eq 'QWord') { return ([long]$State.Data).ToString($invariant) }
    if ($State.Kind -eq 'MultiString') { return , [string[]]@($State.Data) }
    return $State.Data
}

function ConvertFrom-RecordedData([string]$Kind, $Data) {
    switch ($Kind) {
        'DWord' { return [int]$Data }
        'QWord' { return [long]::Parse([string]$Data, $invariant) }
        'String' { return [string]$Data }
        'ExpandString' { return [string]$Data }
        'MultiString' { return , [string[]]@($Data | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_ }) }
        { $_ -eq 'Binary' -or $_ -eq 'None' } {
            $hex = [string]$Data
            if ($hex -notmatch '^([0-9A-Fa-f]{2})*$') { throw ('{0}: the recorded binary data is not hex.' -f $StatePath) }
            return , [byte[]]@(for ($i = 0; $i -lt $hex.Length; $i += 2) { [Convert]::ToByte($hex.Substring($i, 2), 16) })
        }
        default { throw ('{0}: the recorded kind {1} is not a registry value kind this script restores.' -f $StatePath, $Kind) }
    }
}

# Before a setting's first change: what the location held (exactly) and, where a cmdlet manages it, its effective value.
function Add-PriorState($Setting) {
    if ($Mode -ne 'Apply') { return }
    if (@($script:record.values | Where-Object { $_.id -eq $Setting.Id }).Count -gt 0) { return }
    $state = Get-RegistryState $Setting.Key $Setting.Name
    $keyExisted = $null -ne $state
    if (-not $keyExisted) { $probe = $hklm.OpenSubKey($Setting.Key); $keyExisted = $null -ne $probe; if ($probe) { $probe.Close() } }
    $entry = [ordered]@{ id = $Setting.Id; key = $Setting.Key; name = $Setting.Name; keyExisted = $keyExisted; existed = ($null -ne $state); kind = $null; data = $null; effective = $null }
    if ($state) { $entry.kind = $state.Kind; $entry.data = ConvertTo-RecordedData $state }
    if (Test-CmdletParameter $Setting) { $entry.effective = [string](Get-CmdletValue $Setting) }
    $script:record.values = @($script:record.values) + @([pscustomobject]$entry)
    Save-PriorState $script:record
}

# ---- Apply ----

function Set-WithCmdlet {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    $current = Get-CmdletValue $Setting
    $Result.From = [string]$current
    $Result.To = [string]$Setting.ParameterValue
    if ([string]$current -eq [string]$Setting.ParameterValue) { $Result.Action = 'Unchanged'; return }
    $change = '{0} -{1} {2} (now {3})' -f $Setting.Cmdlet, $Setting.Parameter, $Setting.ParameterValue, $current
    if (-not $PSCmdlet.ShouldProcess($env:COMPUTERNAME, $change)) { $Result.Action = 'WouldChange'; return }
    Add-PriorState $Setting
    Invoke-SetCmdlet $Setting $Setting.ParameterValue
    $Result.Action = 'Changed'
    Write-Log ('{0}: {1} ({2})' -f $Setting.Id, $change, $Setting.Origin)
}

function Set-InRegistry {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    $state = Get-RegistryState $Setting.Key $Setting.Name
    $Result.From = if ($state) { Format-Data $state.Kind $state.Data } else { '(absent)' }
    $Result.To = Format-Data $Setting.Type $Setting.Value
    if (Test-SameData $state $Setting.Type $Setting.Value) { $Result.Action = 'Unchanged'; return }
    $change = 'Set {0} (now {1})' -f $Result.To, $Result.From
    if (-not $PSCmdlet.ShouldProcess($Result.Location, $change)) { $Result.Action = 'WouldChange'; return }
    Add-PriorState $Setting
    Write-RegistryValue $Setting.Key $Setting.Name $Setting.Type $Setting.Value
    $Result.Action = 'Changed'
    Write-Log ('{0}: {1} {2} ({3})' -f $Setting.Id, $Result.Location, $change, $Setting.Origin)
}

# A value the policy deletes (registry.pol **del.); what it held is recorded first, so Rollback puts it back.
function Remove-InRegistry {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    $state = Get-RegistryState $Setting.Key $Setting.Name
    $Result.From = if ($state) { Format-Data $state.Kind $state.Data } else { '(absent)' }
    $Result.To = '(absent)'
    if ($null -eq $state) { $Result.Action = 'Unchanged'; return }
    $change = 'Delete the value (now {0})' -f $Result.From
    if (-not $PSCmdlet.ShouldProcess($Result.Location, $change)) { $Result.Action = 'WouldChange'; return }
    Add-PriorState $Setting
    Remove-RegistryValue $Setting.Key $Setting.Name
    $Result.Action = 'Changed'
    Write-Log ('{0}: {1} {2} ({3})' -f $Setting.Id, $Result.Location, $change, $Setting.Origin)
}

# ---- Rollback ----

function Restore-Recorded {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Entry, $Result)
    $state = Get-RegistryState $Setting.Key $Setting.Name
    $Result.From = if ($state) { Format-Data $state.Kind $state.Data } else { '(absent)' }
    $kind = $null
    $data = $null
    if ($Entry.existed) {
        $kind = [string]$Entry.kind
        $data = ConvertFrom-RecordedData $kind $Entry.data
        $Result.To = Format-Data $kind $data
        if (Test-SameData $state $kind $data) { $Result.Action = 'Unchanged'; return }
    }
    else {
        $Result.To = '(absent)'
        if ($null -eq $state) { $Result.Action = 'Unchanged'; return }
    }
    if (-not $PSCmdlet.ShouldProcess($Result.Location, ('Restore {0} (now {1})' -f $Result.To, $Result.From))) { $Result.Action = 'WouldChange'; return }
    if ($null -ne $Entry.effective -and (Test-CmdletParameter $Setting)) {
        # Apply changed it through the cmdlet, at once; the cmdlet takes it back at once too. Then the registry is made exact.
        $value = switch ($Setting.ParameterKind) { 'Boolean' { [bool]::Parse([string]$Entry.effective) } 'Number' { [uint32]::Parse([string]$Entry.effective, $invariant) } default { [string]$Entry.effective } }
        Invoke-SetCmdlet $Setting $value
        $state = Get-RegistryState $Setting.Key $Setting.Name
    }
    if ($Entry.existed) {
        if (-not (Test-SameData $state $kind $data)) { Write-RegistryValue $Setting.Key $Setting.Name $kind $data }
    }
    elseif ($null -ne $state) {
        Remove-RegistryValue $Setting.Key $Setting.Name
        $Result.Note = 'removed; the SMB service reads it when it restarts (or at the next reboot)'
    }
    if (-not $Entry.keyExisted) { Remove-EmptyKey $Setting.Key }
    $Result.Action = 'Changed'
    Write-Log ('{0}: restored {1} to {2} (was {3})' -f $Setting.Id, $Result.Location, $Result.To, $Result.From)
}

function Restore-Declared {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    if ($null -ne $Setting.Value) {
        if ($null -ne $Setting.ParameterValue -and (Test-CmdletParameter $Setting)) { Set-WithCmdlet -Setting $Setting -Result $Result } else { Set-InRegistry -Setting $Setting -Result $Result }
        return
    }
    $state = Get-RegistryState $Setting.Key $Setting.Name
    $Result.To = '(absent)'
    $Result.From = if ($state) { Format-Data $state.Kind $state.Data } else { '(absent)' }
    if ($null -eq $state) { $Result.Action = 'Unchanged'; return }
    if (-not $PSCmdlet.ShouldProcess($Result.Location, ('Remove the value (now {0})' -f $Result.From))) { $Result.Action = 'WouldChange'; return }
    Remove-RegistryValue $Setting.Key $Setting.Name
    $Result.Action = 'Changed'
    $Result.Note = 'removed; the SMB service reads it when it restarts (or at the next reboot)'
    Write-Log ('{0}: removed {1} (was {2})' -f $Setting.Id, $Result.Location, $Result.From)
}

# ---- Run ----

$build = 0
$currentVersion = $hklm.OpenSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion')
if ($currentVersion) { $build = [int]$currentVersion.GetValue('CurrentBuild', '0'); $currentVersion.Close() }
$hostNames = @($env:COMPUTERNAME.ToLowerInvariant(), [System.Net.Dns]::GetHostName().Split('.')[0].ToLowerInvariant())
$effective = [ordered]@{}
foreach ($setting in $Settings) { $effective[$setting.Id] = $setting }
$script:record = Read-PriorState
$fromRecord = $Mode -eq 'Rollback' -and $null -ne $script:record
$recorded = @{}
if ($Mode -eq 'Apply') {
    # A record that Rollback already used describes a state the host is back in: Apply starts a new one.
    if ($script:record -and $script:record.rolledBackAt) { $script:record = $null }
    if ($null -eq $script:record -and -not $WhatIfPreference) {
        # Written before the first change, also when nothing will change: Rollback then knows there is nothing to undo.
        $script:record = [ordered]@{ schemaVersion = 1; ring = $RingName; side = $SideName; recordedAt = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', $invariant); rolledBackAt = $null; values = @() }
        Save-PriorState $script:record
    }
    foreach ($exception in $Exceptions) {
        if (@($exception.Hosts | Where-Object { $hostNames -contains $_ }).Count -eq 0) { continue }
        Write-Log ('Exception {0} holds this computer back: {1}' -f $exception.Id, $exception.Holds)
        foreach ($setting in $exception.Settings) { $effective[$setting.Id] = $setting }
    }
}
elseif ($script:record) {
    foreach ($entry in @($script:record.values)) {
        if (-not $effective.Contains([string]$entry.id)) { throw ('{0} names setting {1}, which this script does not manage. Move the file away and run again.' -f $StatePath, $entry.id) }
        $known = $effective[[string]$entry.id]
        if ($known.Key -ne $entry.key -or $known.Name -ne $entry.name) { throw ('{0}: setting {1} is recorded at another location than this script manages.' -f $StatePath, $entry.id) }
        $recorded[[string]$entry.id] = $entry
    }
    Write-Log ('Restoring what Apply replaced, recorded at {0} in {1}' -f $script:record.recordedAt, $StatePath)
}
else {
    Write-Warning ('No record of what Apply replaced on this computer ({0}). Restoring the values the policy declares instead: the values this host had before may differ.' -f $StatePath)
    Write-Log ('No record at {0}: restoring the values the policy declares' -f $StatePath)
}

Write-Log ('{0} on build {1}' -f $Title, $build)
foreach ($item in $NotCarried) { Write-Warning ('Not done by this script: {0}' -f $item); Write-Log ('Not done by this script: {0}' -f $item) }
$counts = @{ Changed = 0; Unchanged = 0; Skipped = 0; WouldChange = 0 }
$reboot = New-Object System.Collections.Generic.List[string]
$order = @($effective.Values)
if ($Mode -eq 'Rollback') { [array]::Reverse($order) }
foreach ($setting in $order) {
    $result = [ordered]@{ Setting = $setting.Id; Origin = $setting.Origin; Location = 'HKLM\' + $setting.Key + '\' + $setting.Name; Action = ''; From = ''; To = ''; Note = '' }
    if ($Mode -eq 'Apply' -and $build -lt $setting.MinimumBuild) {
        $result.Action = 'Skipped'
        $result.Note = 'needs {0} (build {1}); this computer is build {2}' -f $setting.MinimumOs, $setting.MinimumBuild, $build
        Write-Warning ('Skipped {0}: {1}' -f $setting.Id, $result.Note)
        Write-Log ('Skipped {0}: {1}' -f $setting.Id, $result.Note)
    }
    elseif ($Mode -eq 'Apply' -and $setting.Action -eq 'Delete') { Remove-InRegistry -Setting $setting -Result $result }
    elseif ($Mode -eq 'Apply') {
        if ($null -ne $setting.ParameterValue -and (Test-CmdletParameter $setting)) { Set-WithCmdlet -Setting $setting -Result $result } else { Set-InRegistry -Setting $setting -Result $result }
    }
    elseif ($fromRecord) {
        if (-not $recorded.ContainsKey($setting.Id)) { continue }
        Restore-Recorded -Setting $setting -Entry $recorded[$setting.Id] -Result $result
    }
    else { Restore-Declared -Setting $setting -Result $result }

    if ($Mode -eq 'Apply' -and $result.Action -ne 'Skipped' -and $setting.RequiredUpdate) {
        $result.Note = ('needs update {0}, which this script cannot verify; without it the value has no effect' -f $setting.RequiredUpdate)
        if ($result.Action -eq 'Changed') { Write-Warning ('{0}: {1}' -f $setting.Id, $result.Note) }
    }

    if ($result.Action -eq 'Changed' -and $setting.Reboot) { $reboot.Add($setting.Id) }
    $counts[$result.Action]++
    [pscustomobject]$result
}

if ($fromRecord -and -not $WhatIfPreference) {
    $script:record.rolledBackAt = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', $invariant)
    Save-PriorState $script:record
}

$summary = '{0}: {1} changed, {2} unchanged, {3} skipped' -f $Title, $counts.Changed, $counts.Unchanged, $counts.Skipped
if ($WhatIfPreference) { $summary += (', {0} would change' -f $counts.WouldChange) }
Write-Log $summary
Write-Host $summary
if ($reboot.Count -gt 0) {
    Write-Warning ('Restart the computer to complete: {0}' -f ($reboot -join ', '))
    Write-Log ('Restart needed for: {0}' -f ($reboot -join ', '))
}
