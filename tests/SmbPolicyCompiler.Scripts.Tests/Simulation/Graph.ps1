# Microsoft Graph as the Intune import scripts use it, simulated: Invoke-MgGraphRequest (Microsoft.Graph.Authentication)
# over an in-memory store of Settings Catalog policies (deviceManagement/configurationPolicies). Every request is
# recorded; a POST or PUT body that is not the shape Graph accepts (deviceManagementConfigurationPolicy with choice
# or integer setting instances of the Policy CSP definitions) fails with a 400 as Graph would.

$script:GraphEndpoint = 'https://graph.microsoft.com/beta/deviceManagement/configurationPolicies'
$script:GraphPolicies = [ordered]@{}
$script:GraphNextId = 1

function Reset-SimulatedGraph {
    $script:GraphPolicies = [ordered]@{}
    $script:GraphNextId = 1
}

function Get-SimulatedGraphPolicies {
    <# The stored policies: id → the body as a hashtable (what a later GET would return). #>
    return $script:GraphPolicies
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
    if (-not $Uri.StartsWith($script:GraphEndpoint, [System.StringComparison]::Ordinal)) { throw "Graph 404 NotFound: $Uri" }
    $rest = $Uri.Substring($script:GraphEndpoint.Length)
    if ($Method -eq 'GET') {
        if ($rest -notmatch '^\?\$filter=(.+)$') { throw "Graph 400 BadRequest: the simulation serves only GET with `$filter ($Uri)" }
        $filter = [uri]::UnescapeDataString($Matches[1])
        if ($filter -notmatch "^name eq '((?:[^']|'')*)'$") { throw "Graph 400 BadRequest: invalid filter $filter" }
        $name = $Matches[1].Replace("''", "'")
        $found = @($script:GraphPolicies.Keys | Where-Object { $script:GraphPolicies[$_].name -ceq $name } | ForEach-Object { @{ id = $_; name = $name } })
        return @{ value = $found }
    }

    if ($ContentType -ne 'application/json') { throw "Graph 415 UnsupportedMediaType: $ContentType" }
    $parsed = ConvertFrom-Json -InputObject ([string]$Body) -AsHashtable
    & $script:AssertGraphPolicyBody $parsed
    if ($Method -eq 'POST' -and $rest -eq '') {
        $id = '00000000-0000-0000-0000-{0:d12}' -f $script:GraphNextId
        $script:GraphNextId++
        $script:GraphPolicies[$id] = $parsed
        return @{ id = $id; name = $parsed.name }
    }

    if ($Method -eq 'PUT' -and $rest -match "^\('([0-9a-f-]+)'\)$") {
        $id = $Matches[1]
        if (-not $script:GraphPolicies.Contains($id)) { throw "Graph 404 NotFound: no policy $id" }
        $script:GraphPolicies[$id] = $parsed
        return $null
    }

    throw "Graph 400 BadRequest: $Method $Uri is not what the import scripts may call"
}
