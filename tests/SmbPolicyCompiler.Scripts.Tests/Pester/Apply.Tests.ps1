# Points 1-4 of issue 9, per ring, side and host, on builds 14393, 17763, 20348 and 26100: -WhatIf changes nothing and
# says what it would change; Apply leaves exactly the declared values where Group Policy writes them (and skips what
# the build cannot do); a second Apply changes nothing; a held host gets its exception's values; Collect-SmbState.ps1
# writes a snapshot that validates against schemas/collector.schema.json (the xunit test then runs smbpol drift on it).
param([string]$Module, [string]$Work, [string]$Collect, [string]$Schema, [object[]]$Cases, [int[]]$Builds)

BeforeDiscovery {
    $matrix = foreach ($case in $Cases) { foreach ($build in $Builds) { $case + @{ Build = $build } } }
}

BeforeAll {
    Import-Module $Module -Force

    function Get-Line($Value) {
        $data = if ($Value.Kind -eq 'MultiString') { '[' + ((@($Value.Data) | ForEach-Object { [string]$_ }) -join ', ') + ']' } else { [string]$Value.Data }
        return 'HKLM\{0}\{1} = {2} {3}' -f $Value.Key, $Value.Name, $Value.Kind, $data
    }

    function Compare-Registry([string[]]$Before, [string[]]$After) {
        # Lines that are new or changed in After, ignoring case as Windows does for names.
        $old = [System.Collections.Generic.HashSet[string]]::new([string[]]$Before, [System.StringComparer]::Ordinal)
        return @($After | Where-Object { -not $old.Contains($_) })
    }
}

Describe 'Apply <Name> on build <Build>' -ForEach $matrix {
    BeforeAll {
        $root = Join-Path $Work "hosts/$Slug-$Build"
        New-SimulatedHost -ComputerName $HostName -Build $Build -Root $root | Out-Null
        $supported = @($Expected | Where-Object { $_.MinimumBuild -le $Build })
        $unsupported = @($Expected | Where-Object { $_.MinimumBuild -gt $Build })
        $fresh = Get-SimulatedRegistry
        $runs = [ordered]@{}
        foreach ($kind in 'fresh', 'applied') { New-Item -ItemType Directory -Force -Path (Join-Path $Work "snapshots/$kind/$Slug-$Build") | Out-Null }
        $runs.CollectFresh = Invoke-SimulatedScript -Path $Collect -Parameters @{ OutPath = (Join-Path $Work "snapshots/fresh/$Slug-$Build/$HostName.json") }
        $runs.WhatIf = Invoke-SimulatedScript -Path $Apply -Parameters @{ WhatIf = $true }
        $afterWhatIf = Get-SimulatedRegistry
        $filesAfterWhatIf = @(Get-ChildItem -LiteralPath (Get-SimulatedState).ProgramData -Recurse -File)
        $runs.Apply = Invoke-SimulatedScript -Path $Apply
        $applied = Get-SimulatedRegistry
        $runs.Again = Invoke-SimulatedScript -Path $Apply
        $afterAgain = Get-SimulatedRegistry
        $snapshot = Join-Path $Work "snapshots/applied/$Slug-$Build/$HostName.json"
        $runs.Collect = Invoke-SimulatedScript -Path $Collect -Parameters @{ OutPath = $snapshot }
        $actions = [ordered]@{}
        foreach ($result in $runs.Apply.Output) { $actions[$result.Setting] = $result.Action }
        New-Item -ItemType Directory -Force -Path (Join-Path $Work 'actions') | Out-Null
        $actions | ConvertTo-Json | Set-Content -LiteralPath (Join-Path $Work "actions/$Slug-$Build.json") -Encoding utf8
    }

    It 'runs every script without an error or a call the host does not know' {
        foreach ($name in $runs.Keys) {
            $runs[$name].Exception | Should -BeNullOrEmpty -Because "$name must not fail"
            $runs[$name].Errors | Should -BeNullOrEmpty -Because "$name must not write errors"
            $runs[$name].Refused | Should -BeNullOrEmpty -Because "$name must call only what Windows has"
        }
    }

    It '-WhatIf changes nothing and reports each change it would make' {
        ($afterWhatIf -join "`n") | Should -BeExactly ($fresh -join "`n")
        $filesAfterWhatIf | Should -BeNullOrEmpty -Because '-WhatIf writes no log and no state'
        $wouldChange = @($runs.WhatIf.Output | Where-Object Action -eq 'WouldChange' | ForEach-Object Location | Sort-Object)
        $changed = @($runs.Apply.Output | Where-Object Action -eq 'Changed' | ForEach-Object Location | Sort-Object)
        $wouldChange | Should -Be $changed
        @($runs.WhatIf.Output | Where-Object Action -eq 'Changed') | Should -BeNullOrEmpty
    }

    It 'Apply leaves every declared value where Group Policy writes it, and changes nothing else' {
        foreach ($value in $supported) {
            $actual = Get-SimulatedRegistryValue -Key $value.Key -Name $value.Name
            if ($null -eq $actual -and $value.Effective) {
                # Absent, and the cmdlet reports the declared value as the effective one: nothing to write.
                $command, $property = $value.Effective.Split('.')
                [int](& $command).$property | Should -Be $value.Data -Because "$($value.Effective) is the effective value"
                continue
            }
            $actual | Should -Not -BeNullOrEmpty -Because "HKLM\$($value.Key)\$($value.Name) is declared"
            [string]$actual.Kind | Should -Be $value.Kind
            if ($value.Kind -eq 'MultiString') { @($actual.Data) | Should -Be @($value.Data) } else { $actual.Data | Should -Be $value.Data }
        }
        $wanted = @($supported | ForEach-Object { Get-Line $_ })
        foreach ($line in Compare-Registry $fresh $applied) {
            if ($line.EndsWith('\')) { continue }
            $wanted | Where-Object { $_ -eq $line } | Should -Not -BeNullOrEmpty -Because "Apply wrote '$line', which the policy does not declare there"
        }
    }

    It 'skips, and says so, each setting the build does not have' {
        foreach ($value in $unsupported) {
            $result = $runs.Apply.Output | Where-Object Location -eq "HKLM\$($value.Key)\$($value.Name)"
            $result.Action | Should -Be 'Skipped'
            $result.Note | Should -Match "build $($value.MinimumBuild)"
        }
        @($runs.Apply.Output | Where-Object Action -eq 'Skipped').Count | Should -Be $unsupported.Count
    }

    It 'a second Apply reports every setting Unchanged (or Skipped) and changes nothing' {
        ($afterAgain -join "`n") | Should -BeExactly ($applied -join "`n")
        @($runs.Again.Output | Where-Object { $_.Action -notin 'Unchanged', 'Skipped' }) | Should -BeNullOrEmpty
        $runs.Again.Output.Count | Should -Be $runs.Apply.Output.Count
    }

    It 'Collect-SmbState.ps1 writes a snapshot that validates against the collector schema' {
        Test-Json -Path $snapshot -SchemaFile $Schema | Should -BeTrue
        $state = Get-Content -Raw -LiteralPath $snapshot | ConvertFrom-Json
        $state.hostName | Should -Be $HostName
        $state.os.build | Should -Be $Build
    }
}
