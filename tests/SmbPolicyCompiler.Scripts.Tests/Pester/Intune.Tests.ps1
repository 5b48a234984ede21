# Issue 13, Intune: each ring's Import-Intune-<ring>.ps1 runs against a simulated Microsoft Graph. -WhatIf creates
# nothing; a run creates each Settings Catalog policy once with exactly the settings Core's binding gives the ring
# (ids and values computed by the xunit test from the catalogue, not read from the generated files), in a body Graph
# accepts; a second run replaces (PUT) instead of duplicating.
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
        $whatIf = Invoke-SimulatedScript -Path $script -Parameters @{ WhatIf = $true }
        $afterWhatIf = @((Get-SimulatedGraphPolicies).Keys)
        $first = Invoke-SimulatedScript -Path $script
        $afterFirst = Get-SimulatedGraphPolicies
        $firstIds = @($afterFirst.Keys)
        $firstCalls = @(Get-SimulatedCalls -Command 'Invoke-MgGraphRequest')
        $second = Invoke-SimulatedScript -Path $script
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
        @($firstCalls | Where-Object { $_.Parameters.Method -eq 'POST' }).Count | Should -Be $Policies.Count
    }

    It 'sends exactly the settings the policy gives the ring' {
        foreach ($policy in $Policies) {
            $stored = @($afterFirst.Values | Where-Object { $_.name -ceq $policy.Name })[0]
            $actual = Get-Settings $stored
            ($actual.Keys | Sort-Object) -join "`n" | Should -Be (($policy.Settings.Keys | Sort-Object) -join "`n")
            foreach ($id in $policy.Settings.Keys) { $actual[$id] | Should -Be $policy.Settings[$id] -Because $id }
        }
    }

    It 'a second run replaces the policies instead of duplicating them' {
        $second.Exception | Should -BeNullOrEmpty
        @((Get-SimulatedGraphPolicies).Keys) | Should -Be $firstIds
        @($secondCalls | Where-Object { $_.Parameters.Method -eq 'POST' }).Count | Should -Be 0
        @($secondCalls | Where-Object { $_.Parameters.Method -eq 'PUT' }).Count | Should -Be $Policies.Count
    }
}
