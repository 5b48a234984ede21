
# ---- The logic below is the same for every ring (smbpol's settings template); the data above is the ring's. ----

$ErrorActionPreference = 'Stop'
$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $isAdmin -and -not $WhatIfPreference) {
    throw 'Run this script as administrator (or with -WhatIf to see what it would change).'
}

if (-not $LogPath) { $LogPath = Join-Path $env:ProgramData ('smbpol\' + $DefaultLogName) }
# The 64-bit registry view, also when this runs in 32-bit PowerShell.
$hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
$commands = @{}
$configurations = @{}

function Write-Log([string]$Message) {
    Write-Verbose $Message
    Write-Information $Message
    if ($WhatIfPreference) { return }
    $folder = Split-Path -Parent $LogPath
    if ($folder -and -not (Test-Path -LiteralPath $folder)) { New-Item -ItemType Directory -Path $folder -Force -WhatIf:$false | Out-Null }
    $stamp = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', [Globalization.CultureInfo]::InvariantCulture)
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
    return ('{0} {1}' -f $Type, (@($Data) -join ', '))
}

function Test-SameData($State, $Setting) {
    if ($null -eq $State -or $State.Kind -ne $Setting.Type) { return $false }
    if ($Setting.Type -eq 'DWord') { return ([int]$State.Data -eq [int]$Setting.Value) }
    if ($Setting.Type -eq 'MultiString') { return ((@($State.Data) -join "`n") -ceq (@($Setting.Value) -join "`n")) }
    return ([string]$State.Data -ceq [string]$Setting.Value)
}

function Test-CmdletParameter($Setting) {
    if (-not $Setting.Cmdlet -or $null -eq $Setting.ParameterValue) { return $false }
    $name = $Setting.Cmdlet + ' -' + $Setting.Parameter
    if (-not $commands.ContainsKey($name)) {
        # Audit* parameters exist only on Windows 11 24H2 / Server 2025; elsewhere the registry value is written.
        $command = Get-Command -Name $Setting.Cmdlet -ErrorAction SilentlyContinue
        $commands[$name] = ($null -ne $command -and $command.Parameters.ContainsKey($Setting.Parameter))
    }
    return $commands[$name]
}

function Get-CmdletValue($Setting) {
    if (-not $configurations.ContainsKey($Setting.GetCmdlet)) { $configurations[$Setting.GetCmdlet] = & $Setting.GetCmdlet }
    return $configurations[$Setting.GetCmdlet].($Setting.Parameter)
}

function Set-WithCmdlet {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    $current = Get-CmdletValue $Setting
    $Result.From = [string]$current
    $Result.To = [string]$Setting.ParameterValue
    if ([string]$current -eq [string]$Setting.ParameterValue) { $Result.Action = 'Unchanged'; return }
    $change = '{0} -{1} {2} (now {3})' -f $Setting.Cmdlet, $Setting.Parameter, $Setting.ParameterValue, $current
    if (-not $PSCmdlet.ShouldProcess($env:COMPUTERNAME, $change)) { $Result.Action = 'WouldChange'; return }
    $arguments = @{ ($Setting.Parameter) = $Setting.ParameterValue; Force = $true; Confirm = $false }
    & $Setting.Cmdlet @arguments
    $configurations.Remove($Setting.GetCmdlet)
    $Result.Action = 'Changed'
    Write-Log ('{0}: {1} ({2})' -f $Setting.Id, $change, $Setting.Origin)
}

function Set-InRegistry {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    $state = Get-RegistryState $Setting.Key $Setting.Name
    $Result.From = if ($state) { Format-Data $state.Kind $state.Data } else { '(absent)' }
    $Result.To = Format-Data $Setting.Type $Setting.Value
    if (Test-SameData $state $Setting) { $Result.Action = 'Unchanged'; return }
    $change = 'Set {0} (now {1})' -f $Result.To, $Result.From
    if (-not $PSCmdlet.ShouldProcess($Result.Location, $change)) { $Result.Action = 'WouldChange'; return }
    $subKey = $hklm.CreateSubKey($Setting.Key)
    try {
        $data = $Setting.Value
        if ($Setting.Type -eq 'DWord') { $data = [int]$Setting.Value }
        elseif ($Setting.Type -eq 'MultiString') { $data = [string[]]@($Setting.Value) }
        $subKey.SetValue($Setting.Name, $data, [Microsoft.Win32.RegistryValueKind]$Setting.Type)
    }
    finally { $subKey.Close() }
    $Result.Action = 'Changed'
    Write-Log ('{0}: {1} {2} ({3})' -f $Setting.Id, $Result.Location, $change, $Setting.Origin)
}

function Remove-Values {
    [CmdletBinding(SupportsShouldProcess)]
    param($Setting, $Result)
    $keys = @($Setting.Key)
    $Result.Action = 'Unchanged'
    $Result.To = '(absent)'
    foreach ($key in $keys) {
        $state = Get-RegistryState $key $Setting.Name
        if ($null -eq $state) { continue }
        $where = 'HKLM\' + $key + '\' + $Setting.Name
        $Result.From = Format-Data $state.Kind $state.Data
        if (-not $PSCmdlet.ShouldProcess($where, ('Remove the value (now {0})' -f $Result.From))) { $Result.Action = 'WouldChange'; continue }
        $subKey = $hklm.OpenSubKey($key, $true)
        try { $subKey.DeleteValue($Setting.Name, $false) } finally { $subKey.Close() }
        $Result.Action = 'Changed'
        $Result.Note = 'removed; the SMB service reads it when it restarts (or at the next reboot)'
        Write-Log ('{0}: removed {1} (was {2})' -f $Setting.Id, $where, $Result.From)
    }
}

$build = 0
$currentVersion = $hklm.OpenSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion')
if ($currentVersion) { $build = [int]$currentVersion.GetValue('CurrentBuild', '0'); $currentVersion.Close() }
$hostNames = @($env:COMPUTERNAME.ToLowerInvariant(), [System.Net.Dns]::GetHostName().Split('.')[0].ToLowerInvariant())
$effective = [ordered]@{}
foreach ($setting in $Settings) { $effective[$setting.Id] = $setting }
foreach ($exception in $Exceptions) {
    if (@($exception.Hosts | Where-Object { $hostNames -contains $_ }).Count -eq 0) { continue }
    Write-Log ('Exception {0} holds this computer back: {1}' -f $exception.Id, $exception.Holds)
    foreach ($setting in $exception.Settings) { $effective[$setting.Id] = $setting }
}

Write-Log ('{0} on build {1}' -f $Title, $build)
$counts = @{ Changed = 0; Unchanged = 0; Skipped = 0; WouldChange = 0 }
$reboot = New-Object System.Collections.Generic.List[string]
foreach ($setting in $effective.Values) {
    $result = [ordered]@{ Setting = $setting.Id; Origin = $setting.Origin; Location = 'HKLM\' + $setting.Key + '\' + $setting.Name; Action = ''; From = ''; To = ''; Note = '' }
    if ($Mode -eq 'Apply' -and $build -lt $setting.MinimumBuild) {
        $result.Action = 'Skipped'
        $result.Note = 'needs {0} (build {1}); this computer is build {2}' -f $setting.MinimumOs, $setting.MinimumBuild, $build
        Write-Warning ('Skipped {0}: {1}' -f $setting.Id, $result.Note)
        Write-Log ('Skipped {0}: {1}' -f $setting.Id, $result.Note)
    }
    elseif ($null -eq $setting.Value) { Remove-Values -Setting $setting -Result $result }
    elseif (Test-CmdletParameter $setting) { Set-WithCmdlet -Setting $setting -Result $result }
    else { Set-InRegistry -Setting $setting -Result $result }

    if ($Mode -eq 'Apply' -and $result.Action -ne 'Skipped' -and $setting.RequiredUpdate) {
        $result.Note = ('needs update {0}, which this script cannot verify; without it the value has no effect' -f $setting.RequiredUpdate)
        if ($result.Action -eq 'Changed') { Write-Warning ('{0}: {1}' -f $setting.Id, $result.Note) }
    }

    if ($result.Action -eq 'Changed' -and $setting.Reboot) { $reboot.Add($setting.Id) }
    $counts[$result.Action]++
    [pscustomobject]$result
}

$summary = '{0}: {1} changed, {2} unchanged, {3} skipped' -f $Title, $counts.Changed, $counts.Unchanged, $counts.Skipped
if ($WhatIfPreference) { $summary += (', {0} would change' -f $counts.WouldChange) }
Write-Log $summary
Write-Host $summary
if ($reboot.Count -gt 0) {
    Write-Warning ('Restart the computer to complete: {0}' -f ($reboot -join ', '))
    Write-Log ('Restart needed for: {0}' -f ($reboot -join ', '))
}
