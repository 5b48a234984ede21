# The ActiveDirectory module, simulated: computers, groups and link containers (OUs, the domain root) that a test
# adds; Get-ADObject answers only the gPLink search the import scripts make.

function Add-SimulatedContainer {
    param([Parameter(Mandatory)][string]$DistinguishedName)
    [SimState]::Current.Directory.Containers[$DistinguishedName.ToLowerInvariant()] = [pscustomobject]@{ DistinguishedName = $DistinguishedName }
}

function Add-SimulatedComputer {
    param([Parameter(Mandatory)][string]$Name, [string]$OrganizationalUnit)
    $state = [SimState]::Current
    $domainDn = ($state.Domain.Split('.') | ForEach-Object { "DC=$_" }) -join ','
    $parent = if ($OrganizationalUnit) { $OrganizationalUnit } else { "CN=Computers,$domainDn" }
    $state.Directory.Computers[$Name.ToLowerInvariant()] = [pscustomobject]@{
        Name = $Name.ToUpperInvariant(); SamAccountName = $Name.ToUpperInvariant() + '$'; DistinguishedName = "CN=$($Name.ToUpperInvariant()),$parent"
        DNSHostName = "$($Name.ToLowerInvariant()).$($state.Domain)"
    }
}

function Add-SimulatedGroup {
    param([Parameter(Mandatory)][string]$Name, [string]$DistinguishedName)
    $state = [SimState]::Current
    $group = [pscustomobject]@{ Name = $Name; SamAccountName = $Name; DistinguishedName = $DistinguishedName }
    $state.Directory.Groups[$Name.ToLowerInvariant()] = $group
    if ($DistinguishedName) { $state.Directory.Groups[$DistinguishedName.ToLowerInvariant()] = $group }
}

function Get-ADComputer {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string]$Identity, [string]$Server, [string[]]$Properties)
    $state = [SimState]::Current
    $state.Record('Get-ADComputer', $PSBoundParameters)
    $key = $Identity.TrimEnd('$').ToLowerInvariant()
    $found = $state.Directory.Computers[$key]
    if (-not $found) { $found = $state.Directory.Computers.Values | Where-Object { $_.DistinguishedName -eq $Identity } | Select-Object -First 1 }
    if (-not $found) { throw "Cannot find an object with identity: '$Identity' under: '$((Get-ADDomain).DistinguishedName)'." }
    $found
}

function Get-ADGroup {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string]$Identity, [string]$Server, [string[]]$Properties)
    $state = [SimState]::Current
    $state.Record('Get-ADGroup', $PSBoundParameters)
    $found = $state.Directory.Groups[$Identity.ToLowerInvariant()]
    if (-not $found) { throw "Cannot find an object with identity: '$Identity' under: '$((Get-ADDomain).DistinguishedName)'." }
    $found
}

function Get-ADDomain {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string]$Identity, [string]$Server)
    $state = [SimState]::Current
    [pscustomobject]@{
        DNSRoot = $state.Domain; NetBIOSName = $state.Domain.Split('.')[0].ToUpperInvariant()
        DistinguishedName = ($state.Domain.Split('.') | ForEach-Object { "DC=$_" }) -join ','
    }
}

function Get-ADObject {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$LDAPFilter, [string]$SearchBase, [string]$SearchScope = 'Subtree', [string[]]$Properties, [string]$Server)
    $state = [SimState]::Current
    $state.Record('Get-ADObject', $PSBoundParameters)
    if ($LDAPFilter -notmatch '^\(gPLink=\*(\{[0-9A-Fa-f-]{36}\})\*\)$') {
        $state.Refused.Add("Get-ADObject -LDAPFilter $LDAPFilter"); throw "The simulated directory answers only (gPLink=*{GUID}*) searches, not '$LDAPFilter'."
    }
    $guid = [guid]$Matches[1]
    $targets = @($state.Links | Where-Object { $_.GpoId -eq $guid } | ForEach-Object { $_.Target } | Sort-Object -Unique)
    foreach ($target in $targets) {
        $links = @(Get-SimulatedLinks -Target $target | ForEach-Object { '[LDAP://cn={{{0}}},cn=policies,cn=system,{1};{2}]' -f $_.GpoId.ToString().ToUpperInvariant(), (Get-ADDomain).DistinguishedName, [int](-not $_.Enabled) })
        [pscustomobject]@{ DistinguishedName = $target; gPLink = ($links -join '') }
    }
}
