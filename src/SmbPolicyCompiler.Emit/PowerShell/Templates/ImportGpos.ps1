
# ---- The logic below is the same for every ring (smbpol's import template); the data above is the ring's. ----

$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable -Name GroupPolicy)) {
    throw 'The GroupPolicy module is missing. Install the Group Policy Management tools (RSAT: Group Policy Management) and run this script again.'
}

Import-Module GroupPolicy -Verbose:$false
$gp = @{ Domain = $Domain }
if ($Server) { $gp['Server'] = $Server }
$backupPath = Join-Path $PSScriptRoot 'gpo'
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

function Resolve-GroupName([string]$Group) {
    # Set-GPPermission wants the group's account name; the policy may name the group by its DN.
    if (Get-Command -Name Get-ADGroup -ErrorAction SilentlyContinue) {
        $adServer = $Domain
        if ($Server) { $adServer = $Server }
        try { return (Get-ADGroup -Identity $Group -Server $adServer).SamAccountName } catch { Write-Verbose ("Get-ADGroup '{0}': {1}" -f $Group, $_.Exception.Message) }
    }

    if ($Group -match '^CN=((?:[^,\\]|\\.)+),') { return ($Matches[1] -replace '\\(.)', '$1') }
    return $Group
}

function Import-RingGpo {
    [CmdletBinding(SupportsShouldProcess)]
    param($Import)
    if ($PSCmdlet.ShouldProcess($Import.Name, ('Import-GPO -BackupId {0} -Path {1} -CreateIfNeeded' -f $Import.BackupId, $backupPath))) {
        Import-GPO -BackupId $Import.BackupId -Path $backupPath -TargetName $Import.Name -CreateIfNeeded @gp | Out-Null
        $gpo = Get-GPO -Name $Import.Name @gp
        if ($gpo.GpoStatus -ne 'UserSettingsDisabled') { $gpo.GpoStatus = 'UserSettingsDisabled' }
        Write-Host ('Imported {0}' -f $Import.Name)
    }
}

function Set-Permission {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Gpo, [string]$Name, [string]$Type, [string]$Level, [switch]$Replace, [string]$Why)
    if (-not $PSCmdlet.ShouldProcess($Gpo, ('{0}: {1} {2} {3}' -f $Why, $Type, $Name, $Level))) { return $true }
    try {
        Set-GPPermission -Name $Gpo -TargetName $Name -TargetType $Type -PermissionLevel $Level -Replace:$Replace @gp | Out-Null
        return $true
    }
    catch {
        Write-Problem ("{0} '{1}' could not be given {2} on '{3}' (not in AD? a NAS or a machine outside the domain does not get the GPO): {4}" -f $Type, $Name, $Level, $Gpo, $_.Exception.Message)
        return $false
    }
}

function Set-RingGpoFilter {
    [CmdletBinding(SupportsShouldProcess)]
    param($Import)
    if ($null -eq $Import.Filter) {
        Set-Permission -Gpo $Import.Name -Name $authenticatedUsers -Type Group -Level GpoApply -Why 'Apply to every computer where it is linked' | Out-Null
        return
    }

    $wanted = @{}
    foreach ($group in $Import.Filter.Groups) {
        $name = Resolve-GroupName $group
        $wanted[$name.ToLowerInvariant()] = $true
        Set-Permission -Gpo $Import.Name -Name $name -Type Group -Level GpoApply -Why 'Security filter' | Out-Null
    }

    foreach ($computer in $Import.Filter.Computers) {
        $wanted[$computer.ToLowerInvariant()] = $true
        $wanted[($computer + '$').ToLowerInvariant()] = $true
        Set-Permission -Gpo $Import.Name -Name $computer -Type Computer -Level GpoApply -Why 'Security filter' | Out-Null
    }

    # Authenticated Users keep Read (computers must read every GPO, MS16-072) but no longer apply it.
    Set-Permission -Gpo $Import.Name -Name $authenticatedUsers -Type Group -Level GpoRead -Replace -Why 'Security filter: read only' | Out-Null
    if ($null -eq (Get-GpoOrNull $Import.Name)) { return }
    foreach ($permission in @(Get-GPPermission -Name $Import.Name -All @gp)) {
        $trustee = [string]$permission.Trustee.Name
        if ([string]$permission.Permission -ne 'GpoApply' -or $trustee -eq $authenticatedUsers -or $wanted.ContainsKey($trustee.ToLowerInvariant())) { continue }
        $type = 'Group'
        if ([string]$permission.Trustee.SidType -eq 'Computer') { $type = 'Computer'; $trustee = $trustee.TrimEnd('$') }
        elseif ([string]$permission.Trustee.SidType -eq 'User') { $type = 'User' }
        Set-Permission -Gpo $Import.Name -Name $trustee -Type $type -Level None -Replace -Why 'No longer named by the policy' | Out-Null
    }
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
