
# ---- The logic below is the same for every ring (smbpol's import template); the data above is the ring's. ----

$ErrorActionPreference = 'Stop'
foreach ($module in 'GroupPolicy', 'ActiveDirectory') {
    if (-not (Get-Module -ListAvailable -Name $module)) {
        throw ('The {0} module is missing. Install the Remote Server Administration Tools (Group Policy Management and AD DS tools) and run this script again.' -f $module)
    }
}

Import-Module GroupPolicy -Verbose:$false
Import-Module ActiveDirectory -Verbose:$false
$gp = @{ Domain = $Domain }
if ($Server) { $gp['Server'] = $Server }
$ad = @{ Server = $Domain }
if ($Server) { $ad['Server'] = $Server }
$backupPath = Join-Path $PSScriptRoot 'gpo'
$domainDn = (Get-ADDomain @ad).DistinguishedName
$problems = New-Object System.Collections.Generic.List[string]
# Well-known SID S-1-5-11, so the script also works on domain controllers with a localised group name.
$authenticatedUsers = ([System.Security.Principal.SecurityIdentifier]'S-1-5-11').Translate([System.Security.Principal.NTAccount]).Value.Split('\')[-1]

function Write-Problem([string]$Message) {
    $problems.Add($Message)
    Write-Warning $Message
}

function Get-GpoOrNull([string]$Name) {
    try { return Get-GPO -Name $Name @gp -ErrorAction Stop } catch { return $null }
}

function Get-AccountOrNull([string]$Type, [string]$Identity) {
    try {
        if ($Type -eq 'Computer') { return Get-ADComputer -Identity $Identity @ad -ErrorAction Stop }
        return Get-ADGroup -Identity $Identity @ad -ErrorAction Stop
    }
    catch { return $null }
}

# Before anything changes: every account a security filter names must be in AD. A filtered GPO applies only to the
# accounts it names, so a missing one would silently not get its settings.
$accounts = @{}
$missing = New-Object System.Collections.Generic.List[string]
foreach ($import in @($Imports | Where-Object { $null -ne $_.Filter })) {
    foreach ($entry in @($import.Filter.Groups | ForEach-Object { @{ Type = 'Group'; Name = $_ } }) + @($import.Filter.Computers | ForEach-Object { @{ Type = 'Computer'; Name = $_ } })) {
        $account = Get-AccountOrNull $entry.Type $entry.Name
        if ($null -eq $account) { $missing.Add(("{0} '{1}' (security filter of '{2}')" -f $entry.Type.ToLowerInvariant(), $entry.Name, $import.Name)) }
        else { $accounts[$entry.Type + ':' + $entry.Name] = $account.SamAccountName }
    }
}
if ($missing.Count -gt 0) {
    throw ("Stopped before importing or linking anything: these accounts are not in AD ({0}):`n  {1}`nA filtered GPO applies only to the accounts it names. Create the accounts, or take the hosts out of the policy's groups (smbpol validate warns about hosts missing from the inventory), compile again and rerun." -f $Domain, ($missing -join "`n  "))
}

function Import-RingGpo {
    [CmdletBinding(SupportsShouldProcess)]
    param($Import)
    $gpo = Get-GpoOrNull $Import.Name
    if ($gpo -and $gpo.Description -eq $Import.Description) {
        Write-Verbose ('{0} already holds this backup ({1})' -f $Import.Name, $Import.Description)
    }
    elseif ($PSCmdlet.ShouldProcess($Import.Name, ('Import-GPO -BackupId {0} -Path {1} -CreateIfNeeded' -f $Import.BackupId, $backupPath))) {
        Import-GPO -BackupId $Import.BackupId -Path $backupPath -TargetName $Import.Name -CreateIfNeeded @gp | Out-Null
        $gpo = Get-GPO -Name $Import.Name @gp
        # Marks the content, so that a second run does not import (and bump the GPO's version) again.
        $gpo.Description = $Import.Description
        Write-Host ('Imported {0}' -f $Import.Name)
    }
    if ($gpo -and [string]$gpo.GpoStatus -ne 'UserSettingsDisabled' -and $PSCmdlet.ShouldProcess($Import.Name, 'Disable the user half (the GPO has computer settings only)')) {
        $gpo.GpoStatus = 'UserSettingsDisabled'
    }
}

function Set-Permission {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Gpo, [string]$Name, [string]$Type, [string]$Level, [switch]$Replace, [string]$Why)
    $current = @(Get-GPPermission -Name $Gpo -All @gp | Where-Object { ([string]$_.Trustee.Name).TrimEnd('$') -eq $Name.TrimEnd('$') })
    if ($current.Count -gt 0 -and [string]$current[0].Permission -eq $Level) { return }
    if ($current.Count -eq 0 -and $Level -eq 'None') { return }
    if (-not $PSCmdlet.ShouldProcess($Gpo, ('{0}: {1} {2} {3}' -f $Why, $Type, $Name, $Level))) { return }
    try { Set-GPPermission -Name $Gpo -TargetName $Name -TargetType $Type -PermissionLevel $Level -Replace:$Replace @gp | Out-Null }
    catch { Write-Problem ("{0} '{1}' could not be given {2} on '{3}': {4}" -f $Type, $Name, $Level, $Gpo, $_.Exception.Message) }
}

function Set-RingGpoFilter {
    [CmdletBinding(SupportsShouldProcess)]
    param($Import)
    if ($null -eq (Get-GpoOrNull $Import.Name)) { return }
    if ($null -eq $Import.Filter) {
        Set-Permission -Gpo $Import.Name -Name $authenticatedUsers -Type Group -Level GpoApply -Replace -Why 'Apply to every computer where it is linked'
        return
    }

    $wanted = @{}
    foreach ($group in $Import.Filter.Groups) {
        $name = $accounts['Group:' + $group]
        $wanted[$name.ToLowerInvariant()] = $true
        Set-Permission -Gpo $Import.Name -Name $name -Type Group -Level GpoApply -Why 'Security filter'
    }

    foreach ($computer in $Import.Filter.Computers) {
        $name = $accounts['Computer:' + $computer].TrimEnd('$')
        $wanted[$name.ToLowerInvariant()] = $true
        Set-Permission -Gpo $Import.Name -Name $name -Type Computer -Level GpoApply -Why 'Security filter'
    }

    # Authenticated Users keep Read (computers must read every GPO, MS16-072) but no longer apply it.
    Set-Permission -Gpo $Import.Name -Name $authenticatedUsers -Type Group -Level GpoRead -Replace -Why 'Security filter: read only'
    foreach ($permission in @(Get-GPPermission -Name $Import.Name -All @gp)) {
        $trustee = ([string]$permission.Trustee.Name).TrimEnd('$')
        if ([string]$permission.Permission -ne 'GpoApply' -or $trustee -eq $authenticatedUsers -or $wanted.ContainsKey($trustee.ToLowerInvariant())) { continue }
        $type = 'Group'
        if ([string]$permission.Trustee.SidType -eq 'Computer') { $type = 'Computer' }
        elseif ([string]$permission.Trustee.SidType -eq 'User') { $type = 'User' }
        Set-Permission -Gpo $Import.Name -Name $trustee -Type $type -Level None -Replace -Why 'No longer named by the policy'
    }
}

function Get-LinkTargets($Gpo) {
    # Every container (OU or domain) whose gPLink names the GPO: where it is linked now.
    $filter = '(gPLink=*{{{0}}}*)' -f $Gpo.Id.ToString().ToUpperInvariant()
    return @(Get-ADObject -LDAPFilter $filter -SearchBase $domainDn -SearchScope Subtree -Properties gPLink @ad | ForEach-Object { [string]$_.DistinguishedName })
}

function Set-RingGpoLinks {
    [CmdletBinding(SupportsShouldProcess)]
    param($Import)
    foreach ($target in $Import.Links) {
        try {
            $existing = @((Get-GPInheritance -Target $target @gp).GpoLinks | Where-Object { $_.DisplayName -eq $Import.Name })
        }
        catch {
            Write-Problem ("Cannot read the GPO links of '{0}' (does it exist?): {1}" -f $target, $_.Exception.Message)
            continue
        }

        $link = @{ Name = $Import.Name; Target = $target; LinkEnabled = 'Yes' }
        $order = 'last in link order'
        if ($Import.FirstInLinkOrder) { $link['Order'] = 1; $order = 'link order 1' }
        if ($existing.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess($target, ('Link GPO {0} ({1})' -f $Import.Name, $order))) { New-GPLink @link @gp | Out-Null }
        }
        elseif (-not $existing[0].Enabled -or ($Import.FirstInLinkOrder -and $existing[0].Order -ne 1)) {
            if ($PSCmdlet.ShouldProcess($target, ('Enable the link of GPO {0} ({1})' -f $Import.Name, $order))) { Set-GPLink @link @gp | Out-Null }
        }
    }

    $gpo = Get-GpoOrNull $Import.Name
    if ($null -eq $gpo) { return }
    $wanted = @($Import.Links | ForEach-Object { $_.ToLowerInvariant() })
    foreach ($target in Get-LinkTargets $gpo) {
        if ($wanted -contains $target.ToLowerInvariant()) { continue }
        if ($PSCmdlet.ShouldProcess($target, ('Remove the link of GPO {0}: the policy no longer links it here' -f $Import.Name))) {
            Remove-GPLink -Name $Import.Name -Target $target @gp | Out-Null
            Write-Host ('Unlinked {0} from {1}' -f $Import.Name, $target)
        }
    }
}

function Remove-StaleGpos {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $current = @($Imports | ForEach-Object { $_.Name })
    foreach ($gpo in @(Get-GPO -All @gp)) {
        $name = [string]$gpo.DisplayName
        if (-not $name.StartsWith($RingPrefix, [System.StringComparison]::OrdinalIgnoreCase) -or $current -contains $name) { continue }
        if (@($OtherRingPrefixes | Where-Object { $name.StartsWith($_, [System.StringComparison]::OrdinalIgnoreCase) }).Count -gt 0) { continue }
        if ($PSCmdlet.ShouldProcess($name, 'Remove the GPO and its links: the policy no longer has it (e.g. an expired exception)')) {
            Remove-GPO -Name $name @gp -Confirm:$false
            Write-Host ('Removed {0}' -f $name)
        }
    }
}

foreach ($import in $Imports) {
    Import-RingGpo -Import $import
    Set-RingGpoFilter -Import $import
    Set-RingGpoLinks -Import $import
}

if (-not $KeepStaleGpos) { Remove-StaleGpos }
if ($problems.Count -gt 0) {
    Write-Warning ('{0} problem(s), listed above. The other steps were done.' -f $problems.Count)
    exit 1
}
