# The GroupPolicy module, simulated: GPOs (name, id, status, description, permissions, the backup last imported),
# and links per container (DN) in link order. Every call is recorded with Changed = whether it changed anything;
# errors are thrown the way the real cmdlets fail (missing GPO, missing link target, unknown trustee, duplicate link).

$script:PermissionLevels = @('None', 'GpoRead', 'GpoApply', 'GpoEdit', 'GpoEditDeleteModifySecurity')

function Add-SimulatedCall([string]$Command, [System.Collections.IDictionary]$Parameters, [bool]$Changed) {
    $state = [SimState]::Current
    $state.Record($Command, $Parameters)
    $state.Calls[$state.Calls.Count - 1] | Microsoft.PowerShell.Utility\Add-Member -NotePropertyName Changed -NotePropertyValue $Changed
}

function New-SimulatedGpoObject([string]$Name, [guid]$Id) {
    $gpo = [pscustomobject]@{
        DisplayName = $Name; Id = $Id; DomainName = [SimState]::Current.Domain; Owner = 'CORP\Domain Admins'
        Status = 'AllSettingsEnabled'; Comment = ''; BackupId = $null
        Permissions = [System.Collections.Generic.List[object]]::new()
    }
    $gpo.PSObject.TypeNames.Insert(0, 'Microsoft.GroupPolicy.Gpo')
    $gpo | Microsoft.PowerShell.Utility\Add-Member -MemberType ScriptProperty -Name GpoStatus -Value { $this.Status } -SecondValue {
        param($value)
        Add-SimulatedCall 'Set GpoStatus' ([ordered]@{ Name = $this.DisplayName; GpoStatus = [string]$value }) ([string]$value -ne $this.Status)
        $this.Status = [string]$value
    }
    $gpo | Microsoft.PowerShell.Utility\Add-Member -MemberType ScriptProperty -Name Description -Value { $this.Comment } -SecondValue {
        param($value)
        Add-SimulatedCall 'Set Description' ([ordered]@{ Name = $this.DisplayName; Description = [string]$value }) ([string]$value -cne $this.Comment)
        $this.Comment = [string]$value
    }
    $gpo.Permissions.Add([pscustomobject]@{ Trustee = 'Authenticated Users'; TrusteeType = 'WellKnownGroup'; Permission = 'GpoApply' })
    $gpo.Permissions.Add([pscustomobject]@{ Trustee = 'Domain Admins'; TrusteeType = 'Group'; Permission = 'GpoEditDeleteModifySecurity' })
    $gpo.Permissions.Add([pscustomobject]@{ Trustee = 'ENTERPRISE DOMAIN CONTROLLERS'; TrusteeType = 'WellKnownGroup'; Permission = 'GpoRead' })
    return $gpo
}

function Add-SimulatedGpo {
    <# A GPO that already exists in the simulated domain (e.g. from an earlier run of an older policy). #>
    param([Parameter(Mandatory)][string]$Name, [guid]$Id = [guid]::NewGuid(), [string]$BackupId, [string]$Description = '')
    $gpo = New-SimulatedGpoObject $Name $Id
    $gpo.BackupId = $BackupId
    $gpo.Comment = $Description
    [SimState]::Current.Gpos[$Name.ToLowerInvariant()] = $gpo
    return $gpo
}

function Get-SimulatedGpo([string]$Name) {
    $gpos = [SimState]::Current.Gpos
    if ($Name) { return $gpos[$Name.ToLowerInvariant()] }
    return @($gpos.Values | Sort-Object DisplayName)
}

function Find-SimulatedGpo([string]$Name, $Guid) {
    $state = [SimState]::Current
    $gpo = if ($Name) { $state.Gpos[$Name.ToLowerInvariant()] } else { $state.Gpos.Values | Where-Object { $_.Id -eq $Guid } | Select-Object -First 1 }
    if (-not $gpo) {
        $what = if ($Name) { "name '$Name'" } else { "ID '{$Guid}'" }
        throw "The GPO with $what was not found in the $($state.Domain) domain."
    }
    return $gpo
}

function Import-GPO {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$BackupId, [Parameter(Mandatory)][string]$Path, [Parameter(Mandatory)][string]$TargetName,
        [switch]$CreateIfNeeded, [string]$Domain, [string]$Server, [string]$MigrationTable)
    $state = [SimState]::Current
    Add-SimulatedCall 'Import-GPO' $PSBoundParameters $true
    $folder = Join-Path $Path $BackupId
    Assert-SimulatedBackup -Folder $folder
    $gpo = $state.Gpos[$TargetName.ToLowerInvariant()]
    if (-not $gpo) {
        if (-not $CreateIfNeeded) { throw "The GPO with name '$TargetName' was not found in the $($state.Domain) domain." }
        $gpo = New-SimulatedGpoObject $TargetName ([guid]::NewGuid())
        $state.Gpos[$TargetName.ToLowerInvariant()] = $gpo
    }
    $gpo.BackupId = $BackupId
    return $gpo
}

function Assert-SimulatedBackup([string]$Folder) {
    # What GPMC checks before it imports: Backup.xml and bkupInfo.xml read as XML, and every file Backup.xml lists is there.
    foreach ($file in 'Backup.xml', 'bkupInfo.xml') {
        if (-not [System.IO.File]::Exists([System.IO.Path]::Combine($Folder, $file))) { throw "Import-GPO: the backup $Folder has no $file." }
    }
    $xml = [xml][System.IO.File]::ReadAllText([System.IO.Path]::Combine($Folder, 'Backup.xml'))
    $ns = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
    $ns.AddNamespace('b', 'http://www.microsoft.com/GroupPolicy/GPOOperations')
    foreach ($node in $xml.SelectNodes('//b:FSObjectFile[@b:Location]', $ns)) {
        $relative = $node.GetAttribute('Location', 'http://www.microsoft.com/GroupPolicy/GPOOperations').Replace('\', '/')
        if (-not [System.IO.File]::Exists([System.IO.Path]::Combine($Folder, $relative))) {
            throw "Import-GPO : The data is invalid. (Exception from HRESULT: 0x8007000D) — $relative is listed in Backup.xml but missing."
        }
    }
}

function New-GPO {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name, [string]$Comment, [string]$Domain, [string]$Server)
    $state = [SimState]::Current
    if ($state.Gpos.ContainsKey($Name.ToLowerInvariant())) { throw "A GPO named '$Name' already exists in the $($state.Domain) domain." }
    Add-SimulatedCall 'New-GPO' $PSBoundParameters $true
    $gpo = New-SimulatedGpoObject $Name ([guid]::NewGuid())
    $gpo.Comment = $Comment
    $state.Gpos[$Name.ToLowerInvariant()] = $gpo
    return $gpo
}

function Get-GPO {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param([Parameter(ParameterSetName = 'ByName', Mandatory, Position = 0)][string]$Name, [Parameter(ParameterSetName = 'ByGuid', Mandatory)][guid]$Guid,
        [Parameter(ParameterSetName = 'All', Mandatory)][switch]$All, [string]$Domain, [string]$Server)
    Add-SimulatedCall 'Get-GPO' $PSBoundParameters $false
    if ($All) { return Get-SimulatedGpo }
    Find-SimulatedGpo -Name $Name -Guid $Guid
}

function Remove-GPO {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(Mandatory, Position = 0)][string]$Name, [string]$Domain, [string]$Server)
    $state = [SimState]::Current
    $gpo = Find-SimulatedGpo -Name $Name
    Add-SimulatedCall 'Remove-GPO' $PSBoundParameters $true
    $state.Gpos.Remove($Name.ToLowerInvariant())
    foreach ($link in @($state.Links | Where-Object { $_.GpoId -eq $gpo.Id })) { [void]$state.Links.Remove($link) }
}

function Get-SimulatedLinks {
    <# Links as objects Target, GpoId, DisplayName, Enabled, Order (1 = highest precedence at its target), sorted by target then order. #>
    param([string]$Target)
    $state = [SimState]::Current
    $targets = @($state.Links | ForEach-Object { $_.Target } | Sort-Object -Unique)
    foreach ($t in $targets) {
        if ($Target -and $t -ne $Target) { continue }
        $order = 0
        foreach ($link in @($state.Links | Where-Object { $_.Target -eq $t })) {
            $order++
            $gpo = $state.Gpos.Values | Where-Object { $_.Id -eq $link.GpoId } | Select-Object -First 1
            [pscustomobject]@{ Target = $t; GpoId = $link.GpoId; DisplayName = $gpo.DisplayName; Enabled = $link.Enabled; Enforced = $false; Order = $order }
        }
    }
}

function Add-SimulatedLink {
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][string]$Target, [bool]$Enabled = $true)
    $gpo = Find-SimulatedGpo -Name $Name
    [SimState]::Current.Links.Add([pscustomobject]@{ Target = $Target; GpoId = $gpo.Id; Enabled = $Enabled })
}

function Assert-SimulatedContainer([string]$Target) {
    if (-not [SimState]::Current.Directory.Containers.ContainsKey($Target.ToLowerInvariant())) {
        throw "The link target '$Target' does not exist in the domain (Get-GPInheritance / New-GPLink: Directory object not found)."
    }
}

function Move-SimulatedLink($Link, [int]$Order) {
    $links = [SimState]::Current.Links
    [void]$links.Remove($Link)
    $same = @($links | Where-Object { $_.Target -eq $Link.Target })
    if ($Order -lt 1 -or $Order -gt $same.Count) { $links.Add($Link); return }
    $links.Insert($links.IndexOf($same[$Order - 1]), $Link)
}

function New-GPLink {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][string]$Target, [ValidateSet('Yes', 'No', 'Unspecified')][string]$LinkEnabled = 'Yes',
        [int]$Order = 0, [string]$Domain, [string]$Server)
    $gpo = Find-SimulatedGpo -Name $Name
    Assert-SimulatedContainer $Target
    $state = [SimState]::Current
    if ($state.Links | Where-Object { $_.Target -eq $Target -and $_.GpoId -eq $gpo.Id }) { throw "The GPO '$Name' is already linked to '$Target'." }
    Add-SimulatedCall 'New-GPLink' $PSBoundParameters $true
    $link = [pscustomobject]@{ Target = $Target; GpoId = $gpo.Id; Enabled = $LinkEnabled -ne 'No' }
    $state.Links.Add($link)
    if ($Order -gt 0) { Move-SimulatedLink $link $Order }
}

function Set-GPLink {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][string]$Target, [ValidateSet('Yes', 'No', 'Unspecified')][string]$LinkEnabled = 'Unspecified',
        [int]$Order = 0, [string]$Domain, [string]$Server)
    $gpo = Find-SimulatedGpo -Name $Name
    $link = [SimState]::Current.Links | Where-Object { $_.Target -eq $Target -and $_.GpoId -eq $gpo.Id } | Select-Object -First 1
    if (-not $link) { throw "The GPO '$Name' is not linked to '$Target'." }
    $before = @(Get-SimulatedLinks -Target $Target | ForEach-Object { '{0}:{1}' -f $_.GpoId, $_.Enabled }) -join ','
    if ($LinkEnabled -ne 'Unspecified') { $link.Enabled = $LinkEnabled -eq 'Yes' }
    if ($Order -gt 0) { Move-SimulatedLink $link $Order }
    $after = @(Get-SimulatedLinks -Target $Target | ForEach-Object { '{0}:{1}' -f $_.GpoId, $_.Enabled }) -join ','
    Add-SimulatedCall 'Set-GPLink' $PSBoundParameters ($before -ne $after)
}

function Remove-GPLink {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][string]$Target, [string]$Domain, [string]$Server)
    $gpo = Find-SimulatedGpo -Name $Name
    $state = [SimState]::Current
    $link = $state.Links | Where-Object { $_.Target -eq $Target -and $_.GpoId -eq $gpo.Id } | Select-Object -First 1
    if (-not $link) { throw "The GPO '$Name' is not linked to '$Target'." }
    Add-SimulatedCall 'Remove-GPLink' $PSBoundParameters $true
    [void]$state.Links.Remove($link)
}

function Get-GPInheritance {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string]$Target, [string]$Domain, [string]$Server)
    Add-SimulatedCall 'Get-GPInheritance' $PSBoundParameters $false
    Assert-SimulatedContainer $Target
    [pscustomobject]@{ Path = $Target; GpoInheritanceBlocked = $false; GpoLinks = @(Get-SimulatedLinks -Target $Target) }
}

function Resolve-SimulatedTrustee([string]$Name, [string]$Type) {
    $directory = [SimState]::Current.Directory
    if ($Type -eq 'Group' -and $Name -eq 'Authenticated Users') { return @{ Name = $Name; Type = 'WellKnownGroup' } }
    $found = switch ($Type) {
        'Computer' { $directory.Computers[$Name.TrimEnd('$').ToLowerInvariant()] }
        'Group' { $directory.Groups[$Name.ToLowerInvariant()] }
        default { $null }
    }
    if (-not $found) { throw "Trustee '$Name' could not be found or is not a valid $Type (Set-GPPermission: The trustee could not be found)." }
    return @{ Name = $found.Name; Type = $Type }
}

function Set-GPPermission {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][string]$TargetName,
        [Parameter(Mandatory)][ValidateSet('Computer', 'User', 'Group')][string]$TargetType,
        [Parameter(Mandatory)][ValidateSet('None', 'GpoRead', 'GpoApply', 'GpoEdit', 'GpoEditDeleteModifySecurity')][string]$PermissionLevel,
        [switch]$Replace, [string]$Domain, [string]$Server)
    $gpo = Find-SimulatedGpo -Name $Name
    $trustee = Resolve-SimulatedTrustee $TargetName $TargetType
    $existing = $gpo.Permissions | Where-Object { $_.Trustee -eq $trustee.Name } | Select-Object -First 1
    $current = if ($existing) { $existing.Permission } else { 'None' }
    if (-not $Replace -and $script:PermissionLevels.IndexOf($current) -gt $script:PermissionLevels.IndexOf($PermissionLevel)) {
        throw "Set-GPPermission: '$($trustee.Name)' already has a higher permission level ($current) on '$Name'; use -Replace."
    }
    if ($PermissionLevel -eq 'None' -and -not $Replace) { throw 'Set-GPPermission: -PermissionLevel None needs -Replace.' }
    $changed = $current -ne $PermissionLevel
    Add-SimulatedCall 'Set-GPPermission' $PSBoundParameters $changed
    if ($existing) { [void]$gpo.Permissions.Remove($existing) }
    if ($PermissionLevel -ne 'None') { $gpo.Permissions.Add([pscustomobject]@{ Trustee = $trustee.Name; TrusteeType = $trustee.Type; Permission = $PermissionLevel }) }
}

function Get-GPPermission {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name, [switch]$All, [string]$Domain, [string]$Server)
    Add-SimulatedCall 'Get-GPPermission' $PSBoundParameters $false
    $gpo = Find-SimulatedGpo -Name $Name
    foreach ($permission in $gpo.Permissions) {
        $sidType = if ($permission.TrusteeType -eq 'Computer') { 'Computer' } elseif ($permission.TrusteeType -eq 'User') { 'User' } else { $permission.TrusteeType }
        $name = if ($permission.TrusteeType -eq 'Computer') { $permission.Trustee + '$' } else { $permission.Trustee }
        [pscustomobject]@{ Trustee = [pscustomobject]@{ Name = $name; SidType = $sidType; Domain = 'CORP' }; Permission = $permission.Permission; Inherited = $false }
    }
}
