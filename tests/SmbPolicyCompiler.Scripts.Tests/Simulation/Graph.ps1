# Microsoft Graph as the Intune import scripts use it, simulated: Invoke-MgGraphRequest (Microsoft.Graph.Authentication)
# over in-memory stores of Settings Catalog policies (deviceManagement/configurationPolicies), their assignments
# (/assign) and assignment filters (deviceManagement/assignmentFilters). Every request is recorded; a body that is not
# the shape Graph accepts (deviceManagementConfigurationPolicy with choice or integer setting instances of the Policy
# CSP definitions; deviceAndAppManagementAssignmentFilter for windows10AndLater with a device-name rule; assignments
# to a group with an existing filter) fails with a 400 as Graph would.

$script:GraphEndpoint = 'https://graph.microsoft.com/beta/deviceManagement/configurationPolicies'
$script:GraphFilterEndpoint = 'https://graph.microsoft.com/beta/deviceManagement/assignmentFilters'
$script:GraphPolicies = [ordered]@{}
$script:GraphFilters = [ordered]@{}
$script:GraphAssignments = [ordered]@{}
$script:GraphNextId = 1

function Reset-SimulatedGraph {
    $script:GraphPolicies = [ordered]@{}
    $script:GraphFilters = [ordered]@{}
    $script:GraphAssignments = [ordered]@{}
    $script:GraphNextId = 1
}

function Get-SimulatedGraphPolicies {
    <# The stored policies: id → the body as a hashtable (what a later GET would return). #>
    return $script:GraphPolicies
}

function Get-SimulatedGraphFilters {
    <# The stored assignment filters: id → the body as a hashtable. #>
    return $script:GraphFilters
}

function Get-SimulatedGraphAssignments {
    <# The assignments of each policy: policy id → the assignments array of its last /assign. #>
    return $script:GraphAssignments
}

$script:AssertGraphFilterBody = {
    param([hashtable]$Body)
    $problems = [System.Collections.Generic.List[string]]::new()
    $allowed = 'displayName', 'description', 'platform', 'rule', 'roleScopeTags'
    foreach ($key in $Body.Keys) { if ($key -cnotin $allowed) { $problems.Add("unknown property '$key'") } }
    if ($Body.displayName -isnot [string] -or $Body.displayName.Length -eq 0) { $problems.Add('displayName must be a non-empty string') }
    if ($Body.platform -cne 'windows10AndLater') { $problems.Add("platform must be 'windows10AndLater'") }
    if ([string]$Body.rule -cnotmatch '^\(device\.deviceName -in \["[A-Za-z0-9._-]+"(, "[A-Za-z0-9._-]+")*\]\)$') { $problems.Add("rule '$($Body.rule)' is not a device-name rule Intune parses") }
    if ($null -eq $Body.roleScopeTags -or @($Body.roleScopeTags | Where-Object { $_ -isnot [string] }).Count -gt 0) { $problems.Add('roleScopeTags must be an array of strings') }
    if ($problems.Count -gt 0) { throw "Graph 400 BadRequest: $($problems -join '; ')" }
}

$script:AssertGraphAssignBody = {
    param([hashtable]$Body)
    $problems = [System.Collections.Generic.List[string]]::new()
    foreach ($key in $Body.Keys) { if ($key -cne 'assignments') { $problems.Add("unknown property '$key'") } }
    if (@($Body.assignments).Count -eq 0) { $problems.Add('assignments must be a non-empty array') }
    foreach ($assignment in @($Body.assignments)) {
        $target = $assignment.target
        if ($target.'@odata.type' -cne '#microsoft.graph.groupAssignmentTarget') { $problems.Add("target type '$($target.'@odata.type')' is not a groupAssignmentTarget"); continue }
        if ([string]$target.groupId -notmatch '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$') { $problems.Add("groupId '$($target.groupId)' is not an object id") }
        $type = [string]$target.deviceAndAppManagementAssignmentFilterType
        $filterId = [string]$target['deviceAndAppManagementAssignmentFilterId']
        if ($type -cnotin 'none', 'include', 'exclude') { $problems.Add("filter type '$type' is not none, include or exclude") }
        elseif ($type -ne 'none' -and -not $script:GraphFilters.Contains($filterId)) { $problems.Add("filter '$filterId' does not exist") }
        elseif ($type -eq 'none' -and $filterId) { $problems.Add('a filter id with filter type none') }
    }
    if ($problems.Count -gt 0) { throw "Graph 400 BadRequest: $($problems -join '; ')" }
}

# A script block, not a function: the guard lets the script reach only exported commands, and this is not one.
$script:AssertGraphPolicyBody = {
    param([hashtable]$Body)
    $problems = [System.Collections.Generic.List[string]]::new()
    $allowed = 'name', 'description', 'platforms', 'technologies', 'roleScopeTagIds', 'settings'
    foreach ($key in $Body.Keys) { if ($key -cnotin $allowed) { $problems.Add("unknown property '$key'") } }
    if ($Body.name -isnot [string] -or $Body.name.Length -eq 0) { $problems.Add('name must be a non-empty string') }
    if ($Body.platforms -cne 'windows10') { $problems.Add("platforms must be 'windows10'") }
    if ($Body.technologies -cne 'mdm') { $problems.Add("technologies must be 'mdm'") }
    if ($null -eq $Body.settings -or $Body.settings -isnot [array] -and $Body.settings -isnot [System.Collections.IList]) { $problems.Add('settings must be an array') }
    foreach ($setting in @($Body.settings)) {
        if ($setting.'@odata.type' -cne '#microsoft.graph.deviceManagementConfigurationSetting') { $problems.Add('a setting is not a deviceManagementConfigurationSetting'); continue }
        $instance = $setting.settingInstance
        $id = [string]$instance.settingDefinitionId
        if ($id -cnotmatch '^device_vendor_msft_policy_config_(lanmanserver|lanmanworkstation|localpoliciessecurityoptions)_[a-z0-9_]+$') { $problems.Add("unknown settingDefinitionId '$id'") }
        switch -CaseSensitive ($instance.'@odata.type') {
            '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance' {
                $value = $instance.choiceSettingValue
                if ($value.'@odata.type' -cne '#microsoft.graph.deviceManagementConfigurationChoiceSettingValue') { $problems.Add("$id has no choiceSettingValue") }
                elseif ([string]$value.value -cnotmatch ('^' + [regex]::Escape($id) + '_\d+$')) { $problems.Add("$id has the choice '$($value.value)', which is not one of its options") }
                elseif ($null -eq $value.children -or @($value.children).Count -ne 0) { $problems.Add("$id must have an empty children array") }
            }
            '#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance' {
                $value = $instance.simpleSettingValue
                if ($value.'@odata.type' -cne '#microsoft.graph.deviceManagementConfigurationIntegerSettingValue' -or $value.value -isnot [long] -and $value.value -isnot [int]) { $problems.Add("$id needs an integer simpleSettingValue") }
            }
            default { $problems.Add("$id has the unknown instance type '$($instance.'@odata.type')'") }
        }
    }

    if ($problems.Count -gt 0) { throw "Graph 400 BadRequest: $($problems -join '; ')" }
}

function Invoke-MgGraphRequest {
    [CmdletBinding()]
    param(
        [ValidateSet('GET', 'POST', 'PUT', 'PATCH', 'DELETE')][string]$Method = 'GET',
        [Parameter(Mandatory)][string]$Uri,
        [object]$Body,
        [string]$ContentType,
        [string]$OutputType = 'HashTable'
    )

    [SimState]::Current.Record('Invoke-MgGraphRequest', [ordered]@{ Method = $Method; Uri = $Uri; Body = $Body; ContentType = $ContentType })
    $filters = $Uri.StartsWith($script:GraphFilterEndpoint, [System.StringComparison]::Ordinal)
    if (-not $filters -and -not $Uri.StartsWith($script:GraphEndpoint, [System.StringComparison]::Ordinal)) { throw "Graph 404 NotFound: $Uri" }
    $store = if ($filters) { $script:GraphFilters } else { $script:GraphPolicies }
    $nameProperty = if ($filters) { 'displayName' } else { 'name' }
    $rest = $Uri.Substring($(if ($filters) { $script:GraphFilterEndpoint.Length } else { $script:GraphEndpoint.Length }))
    if ($Method -eq 'GET') {
        if ($rest -notmatch '^\?\$filter=(.+)$') { throw "Graph 400 BadRequest: the simulation serves only GET with `$filter ($Uri)" }
        $filter = [uri]::UnescapeDataString($Matches[1])
        if ($filter -notmatch "^$nameProperty eq '((?:[^']|'')*)'$") { throw "Graph 400 BadRequest: invalid filter $filter" }
        $name = $Matches[1].Replace("''", "'")
        $found = @($store.Keys | Where-Object { $store[$_].$nameProperty -ceq $name } | ForEach-Object { @{ id = $_; $nameProperty = $name } })
        return @{ value = $found }
    }

    if ($ContentType -ne 'application/json') { throw "Graph 415 UnsupportedMediaType: $ContentType" }
    $parsed = ConvertFrom-Json -InputObject ([string]$Body) -AsHashtable
    if (-not $filters -and $Method -eq 'POST' -and $rest -match "^\('([0-9a-f-]+)'\)/assign$") {
        $id = $Matches[1]
        if (-not $script:GraphPolicies.Contains($id)) { throw "Graph 404 NotFound: no policy $id" }
        & $script:AssertGraphAssignBody $parsed
        $script:GraphAssignments[$id] = @($parsed.assignments)
        return $null
    }

    if ($filters) { & $script:AssertGraphFilterBody $parsed } else { & $script:AssertGraphPolicyBody $parsed }
    if ($Method -eq 'POST' -and $rest -eq '') {
        $id = '00000000-0000-0000-0000-{0:d12}' -f $script:GraphNextId
        $script:GraphNextId++
        $store[$id] = $parsed
        return @{ id = $id; $nameProperty = $parsed.$nameProperty }
    }

    $update = if ($filters) { 'PATCH' } else { 'PUT' }
    if ($Method -eq $update -and $rest -match "^\('([0-9a-f-]+)'\)$") {
        $id = $Matches[1]
        if (-not $store.Contains($id)) { throw "Graph 404 NotFound: no object $id" }
        $store[$id] = $parsed
        return $null
    }

    throw "Graph 400 BadRequest: $Method $Uri is not what the import scripts may call"
}
