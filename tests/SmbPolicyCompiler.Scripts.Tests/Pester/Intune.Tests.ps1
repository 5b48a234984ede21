# Issue 13, Intune: each ring's Import-Intune-<ring>.ps1 runs against a simulated Microsoft Graph. -WhatIf creates
# nothing; a run creates each assignment filter and Settings Catalog policy once with exactly the settings Core's
# binding gives the ring or the held devices (ids and values computed by the xunit test from the catalogue, not read
# from the generated files), in bodies Graph accepts, and assigns each policy to -GroupId with its filter; a second run
# updates (PATCH, PUT) instead of duplicating.
param([string]$Module, [string]$Work, [object[]]$Rings)

BeforeAll {
    Import-Module $Module -Force

    function Get-Settings([hashtable]$Body) {
        $settings = [ordered]@{}
        foreach ($setting in $Body.settings) {
            $instance = $setting.settingInstance
            $value = if ($instance.choiceSettingValue) { $instance.choiceSettingValue.value } else { [string]$instance.simpleSettingValue.value }
            $settings[$instance.settingDefinitionId] = $value
        }
        return $settings
    }
}

Describe 'Import-Intune-<Ring>.ps1' -ForEach $Rings {
    BeforeAll {
        $root = Join-Path $Work "intune-$Ring"
        New-SimulatedHost -ComputerName 'ADMIN-WS01' -Build 26100 -Root $root | Out-Null
        Copy-Item -Path (Join-Path $Folder '*') -Destination $root -Recurse
        Reset-SimulatedGraph
        $script = Join-Path $root $Script
        $whatIf = Invoke-SimulatedScript -Path $script -Parameters @{ WhatIf = $true; GroupId = $GroupId }
        $afterWhatIf = @((Get-SimulatedGraphPolicies).Keys) + @((Get-SimulatedGraphFilters).Keys) + @((Get-SimulatedGraphAssignments).Keys)
        $first = Invoke-SimulatedScript -Path $script -Parameters @{ GroupId = $GroupId }
        $afterFirst = Get-SimulatedGraphPolicies
        $firstIds = @($afterFirst.Keys)
        $filtersFirst = Get-SimulatedGraphFilters
        $filterIds = @($filtersFirst.Keys)
        $assignments = Get-SimulatedGraphAssignments
        $firstCalls = @(Get-SimulatedCalls -Command 'Invoke-MgGraphRequest')
        $second = Invoke-SimulatedScript -Path $script -Parameters @{ GroupId = $GroupId }
        $secondCalls = @(Get-SimulatedCalls -Command 'Invoke-MgGraphRequest') | Select-Object -Skip $firstCalls.Count
    }

    It '-WhatIf only reads and creates nothing' {
        $whatIf.Exception | Should -BeNullOrEmpty
        $whatIf.Refused | Should -BeNullOrEmpty
        $afterWhatIf.Count | Should -Be 0
    }

    It 'creates each policy once, in a body Graph accepts' {
        $first.Exception | Should -BeNullOrEmpty
        $first.Refused | Should -BeNullOrEmpty
        @($afterFirst.Values | ForEach-Object { $_.name }) | Sort-Object | Should -Be (@($Policies | ForEach-Object { $_.Name }) | Sort-Object)
        @($firstCalls | Where-Object { $_.Parameters.Method -eq 'POST' -and $_.Parameters.Uri -like '*/configurationPolicies' }).Count | Should -Be $Policies.Count
        @($firstCalls | Where-Object { $_.Parameters.Method -eq 'POST' -and $_.Parameters.Uri -like '*/assignmentFilters' }).Count | Should -Be $Filters.Count
    }

    It 'sends exactly the settings the policy gives the ring' {
        foreach ($policy in $Policies) {
            $stored = @($afterFirst.Values | Where-Object { $_.name -ceq $policy.Name })[0]
            $actual = Get-Settings $stored
            ($actual.Keys | Sort-Object) -join "`n" | Should -Be (($policy.Settings.Keys | Sort-Object) -join "`n")
            foreach ($id in $policy.Settings.Keys) { $actual[$id] | Should -Be $policy.Settings[$id] -Because $id }
        }
    }

    It 'creates the assignment filters and assigns each policy to the group with its filter' {
        @($filtersFirst.Values | ForEach-Object { $_.displayName }) | Sort-Object | Should -Be (@($Filters.Keys) | Sort-Object)
        foreach ($filter in $filtersFirst.Values) { $filter.rule | Should -BeExactly $Filters[$filter.displayName] -Because $filter.displayName }
        foreach ($policy in $Policies) {
            $id = @($afterFirst.Keys | Where-Object { $afterFirst[$_].name -ceq $policy.Name })[0]
            $target = @($assignments[$id])[0].target
            $target.groupId | Should -Be $GroupId
            $target.deviceAndAppManagementAssignmentFilterType | Should -Be $policy.FilterType -Because $policy.Name
            $filterName = if ($target['deviceAndAppManagementAssignmentFilterId']) { $filtersFirst[$target['deviceAndAppManagementAssignmentFilterId']].displayName } else { $null }
            $filterName | Should -Be $policy.Filter -Because $policy.Name
        }
    }

    It 'a second run updates the policies and filters instead of duplicating them' {
        $second.Exception | Should -BeNullOrEmpty
        @((Get-SimulatedGraphPolicies).Keys) | Should -Be $firstIds
        @((Get-SimulatedGraphFilters).Keys) | Should -Be $filterIds
        @($secondCalls | Where-Object { $_.Parameters.Method -eq 'POST' -and $_.Parameters.Uri -notlike '*/assign' }).Count | Should -Be 0
        @($secondCalls | Where-Object { $_.Parameters.Method -eq 'PUT' }).Count | Should -Be $Policies.Count
        @($secondCalls | Where-Object { $_.Parameters.Method -eq 'PATCH' }).Count | Should -Be $Filters.Count
    }
}
