
$ErrorActionPreference = 'Stop'
if (-not (Get-Command -Name Invoke-MgGraphRequest -ErrorAction SilentlyContinue)) {
    throw 'Invoke-MgGraphRequest is not available: Install-Module Microsoft.Graph.Authentication, then Connect-MgGraph -Scopes DeviceManagementConfiguration.ReadWrite.All.'
}

# The body file of a filter or policy, checked to be the one the data block names.
function Read-Body([string]$File, [string]$Name, [string]$NameProperty) {
    $path = Join-Path -Path $PSScriptRoot -ChildPath $File
    $body = Get-Content -LiteralPath $path -Raw -Encoding utf8
    if ((ConvertFrom-Json -InputObject $body).$NameProperty -cne $Name) { throw "$path does not hold '$Name'; compile the policy again." }
    return $body
}

# The one object of that name at the endpoint, or $null; two of one name is an error the user must resolve.
function Find-ByName([string]$Uri, [string]$Property, [string]$Name) {
    $filter = $Property + " eq '" + $Name.Replace("'", "''") + "'"
    $found = @((Invoke-MgGraphRequest -Method GET -Uri ($Uri + '?$filter=' + [uri]::EscapeDataString($filter))).value)
    if ($found.Count -gt 1) { throw "Intune has $($found.Count) objects named '$Name' at $Uri; delete all but one, then run this again." }
    if ($found.Count -eq 1) { return $found[0] }
    return $null
}

function Get-ItemUri([string]$Uri, [string]$Id) { return $Uri + "('" + [uri]::EscapeDataString($Id) + "')" }

$filterIds = @{}
foreach ($filter in $Filters) {
    $body = Read-Body $filter.File $filter.Name 'displayName'
    $found = Find-ByName $FilterEndpoint 'displayName' $filter.Name
    if ($found) {
        $filterIds[$filter.Name] = [string]$found.id
        if ($PSCmdlet.ShouldProcess($filter.Name, 'Update the Intune assignment filter')) {
            Invoke-MgGraphRequest -Method PATCH -Uri (Get-ItemUri $FilterEndpoint ([string]$found.id)) -Body $body -ContentType 'application/json' | Out-Null
            Write-Host "Updated assignment filter '$($filter.Name)' ($($found.id))."
        }
    }
    elseif ($PSCmdlet.ShouldProcess($filter.Name, 'Create the Intune assignment filter')) {
        $created = Invoke-MgGraphRequest -Method POST -Uri $FilterEndpoint -Body $body -ContentType 'application/json'
        $filterIds[$filter.Name] = [string]$created.id
        Write-Host "Created assignment filter '$($filter.Name)' ($($created.id))."
    }
}

foreach ($policy in $Policies) {
    $body = Read-Body $policy.File $policy.Name 'name'
    $found = Find-ByName $Endpoint 'name' $policy.Name
    $id = $null
    if ($found) {
        $id = [string]$found.id
        if ($PSCmdlet.ShouldProcess($policy.Name, 'Replace the settings of the Intune policy')) {
            Invoke-MgGraphRequest -Method PUT -Uri (Get-ItemUri $Endpoint $id) -Body $body -ContentType 'application/json' | Out-Null
            Write-Host "Replaced Intune policy '$($policy.Name)' ($id)."
        }
    }
    elseif ($PSCmdlet.ShouldProcess($policy.Name, 'Create the Intune policy')) {
        $id = [string](Invoke-MgGraphRequest -Method POST -Uri $Endpoint -Body $body -ContentType 'application/json').id
        Write-Host "Created Intune policy '$($policy.Name)' ($id)."
    }

    if (-not $GroupId) {
        Write-Warning "Not assigned: '$($policy.Name)'. Run again with -GroupId <object id of the Entra group of this ring's devices>."
        continue
    }

    $filterId = if ($policy.Filter) { $filterIds[$policy.Filter] } else { $null }
    $target = [ordered]@{ '@odata.type' = '#microsoft.graph.groupAssignmentTarget'; groupId = $GroupId; deviceAndAppManagementAssignmentFilterId = $filterId; deviceAndAppManagementAssignmentFilterType = $policy.FilterType }
    $how = if ($policy.Filter) { "group $GroupId, $($policy.FilterType) filter '$($policy.Filter)'" } else { "group $GroupId" }
    if ($PSCmdlet.ShouldProcess($policy.Name, "Assign the Intune policy to $how")) {
        $assignment = @{ assignments = @(@{ target = $target }) } | ConvertTo-Json -Depth 5
        Invoke-MgGraphRequest -Method POST -Uri ((Get-ItemUri $Endpoint $id) + '/assign') -Body $assignment -ContentType 'application/json' | Out-Null
        Write-Host "Assigned Intune policy '$($policy.Name)' to $how."
    }
}
