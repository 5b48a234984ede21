# Point 5 of issue 9: Rollback restores the host's own prior state, exactly. Apply records what it replaces (a state
# file per ring and side under %ProgramData%\smbpol, written before its first change, never overwritten by a later
# Apply); Rollback restores every value with its type and data, removes what Apply created, and uses the cmdlet where
# Apply did. With no record it says so and restores the values the policy declares.
param([string]$Module, [string]$Work, [object[]]$Cases, [int[]]$Builds)

BeforeDiscovery {
    $matrix = foreach ($case in $Cases) { foreach ($build in $Builds) { $case + @{ Build = $build } } }
    $lostMatrix = foreach ($case in $Cases) { foreach ($build in @($Builds[0], $Builds[-1])) { $case + @{ Build = $build } } }
}

BeforeAll {
    Import-Module $Module -Force

    function Assert-Clean($Run, [string]$Name) {
        $Run.Exception | Should -BeNullOrEmpty -Because "$Name must not fail"
        $Run.Errors | Should -BeNullOrEmpty -Because "$Name must not write errors"
        $Run.Refused | Should -BeNullOrEmpty -Because "$Name must call only what Windows has"
    }

    function Get-SetParameters($Run) {
        @($Run.Calls | Where-Object { $_.Command -like 'Set-Smb*Configuration' } | ForEach-Object { $_.Parameters.Keys } | Where-Object { $_ -notin 'Force', 'Confirm', 'WhatIf' } | Sort-Object -Unique)
    }

    # A host that was hardened by hand before: a third of the values already as declared, a third different, a third
    # of another type; and (servers) SMB1 = 0 and SmbServerNameHardeningLevel = 2, the cases rollback used to undo.
    function Set-PriorValues($Expected) {
        $i = 0
        foreach ($value in $Expected) {
            switch (($i++ + 1) % 3) {
                0 { Set-SimulatedRegistryValue -Key $value.Key -Name $value.Name -Kind $value.Kind -Data $value.Data }
                1 {
                    if ($value.Kind -eq 'DWord') { Set-SimulatedRegistryValue -Key $value.Key -Name $value.Name -Kind DWord -Data ([int]$value.Data + 7) }
                    else { Set-SimulatedRegistryValue -Key $value.Key -Name $value.Name -Kind ExpandString -Data '%SystemRoot%\before' }
                }
                2 { Set-SimulatedRegistryValue -Key $value.Key -Name $value.Name -Kind String -Data 'text before' }
            }
        }
        if ($Side -eq 'Servers') {
            $parameters = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'
            Set-SimulatedRegistryValue -Key $parameters -Name 'SMB1' -Kind DWord -Data 0
            Set-SimulatedRegistryValue -Key $parameters -Name 'SmbServerNameHardeningLevel' -Kind DWord -Data 2
        }
    }
}

Describe 'Rollback <Name> on build <Build>' -ForEach $matrix {
    BeforeAll {
        $Side = if ($Apply -like '*Servers.ps1') { 'Servers' } else { 'Clients' }
        $hosts = @{}

        # A freshly installed host: Apply, then Rollback (after a -WhatIf), then Rollback again.
        $hosts.Fresh = New-SimulatedHost -ComputerName $HostName -Build $Build -Root (Join-Path $Work "rollback/$Slug-$Build-fresh")
        $fresh = @{ Before = Get-SimulatedRegistry }
        $fresh.Apply = Invoke-SimulatedScript -Path $Apply
        $fresh.StateFile = @(Get-ChildItem -LiteralPath (Join-Path $hosts.Fresh.ProgramData 'smbpol') -Filter '*.state.json' -ErrorAction SilentlyContinue)
        $fresh.Applied = Get-SimulatedRegistry
        $fresh.WhatIf = Invoke-SimulatedScript -Path $Rollback -Parameters @{ WhatIf = $true }
        $fresh.AfterWhatIf = Get-SimulatedRegistry
        $fresh.Rollback = Invoke-SimulatedScript -Path $Rollback
        $fresh.After = Get-SimulatedRegistry
        $fresh.Again = Invoke-SimulatedScript -Path $Rollback
        $fresh.AfterAgain = Get-SimulatedRegistry

        # A host hardened before: Apply twice with a change by hand between, so the record must keep the first state.
        $hosts.Hardened = New-SimulatedHost -ComputerName $HostName -Build $Build -Root (Join-Path $Work "rollback/$Slug-$Build-hardened")
        Set-PriorValues $Expected
        $hardened = @{ Before = Get-SimulatedRegistry }
        $hardened.Apply = Invoke-SimulatedScript -Path $Apply
        $statePath = @(Get-ChildItem -LiteralPath (Join-Path $hosts.Hardened.ProgramData 'smbpol') -Filter '*.state.json' -ErrorAction SilentlyContinue | ForEach-Object FullName)
        $hardened.Record = if ($statePath) { [System.IO.File]::ReadAllText($statePath[0]) } else { $null }
        # A value the first Apply changed (so recorded) is changed by hand; the second Apply sets it again but keeps the record.
        $first = @((Get-Content -Raw -LiteralPath $statePath[0] | ConvertFrom-Json).values)
        if ($first.Count -gt 0) { Set-SimulatedRegistryValue -Key $first[0].key -Name $first[0].name -Kind QWord -Data ([long]42) }
        $hardened.ApplyAgain = Invoke-SimulatedScript -Path $Apply
        $hardened.RecordAfterAgain = if ($statePath) { [System.IO.File]::ReadAllText($statePath[0]) } else { $null }
        $hardened.Rollback = Invoke-SimulatedScript -Path $Rollback
        $hardened.After = Get-SimulatedRegistry
        $hardened.ApplyAfterRollback = Invoke-SimulatedScript -Path $Apply
        $hardened.RollbackAgain = Invoke-SimulatedScript -Path $Rollback
        $hardened.AfterSecondRound = Get-SimulatedRegistry

    }

    It 'runs every script without an error or a call the host does not know' {
        foreach ($run in @($fresh, $hardened)) {
            foreach ($name in @($run.Keys | Where-Object { $run[$_] -is [pscustomobject] })) { Assert-Clean $run[$name] $name }
        }
    }

    It 'Apply records what it replaces under ProgramData\smbpol before changing it' {
        $fresh.StateFile.Count | Should -Be 1
        $fresh.StateFile[0].Name | Should -BeLike "*-$Side.state.json"
        $record = Get-Content -Raw -LiteralPath $fresh.StateFile[0].FullName | ConvertFrom-Json
        $changed = @($fresh.Apply.Output | Where-Object Action -eq 'Changed' | ForEach-Object Setting)
        @($record.values | ForEach-Object id) | Should -Be $changed
    }

    It 'Rollback -WhatIf changes nothing' {
        ($fresh.AfterWhatIf -join "`n") | Should -BeExactly ($fresh.Applied -join "`n")
    }

    It 'Rollback on a fresh host restores it exactly, and a second Rollback changes nothing' {
        ($fresh.After -join "`n") | Should -BeExactly ($fresh.Before -join "`n")
        ($fresh.AfterAgain -join "`n") | Should -BeExactly ($fresh.After -join "`n")
        @($fresh.Again.Output | Where-Object Action -ne 'Unchanged') | Should -BeNullOrEmpty
    }

    It 'Rollback takes effect as Apply did: through the cmdlet where Apply used it' {
        Get-SetParameters $fresh.Rollback | Should -Be (Get-SetParameters $fresh.Apply)
        Get-SetParameters $hardened.Rollback | Should -Be (Get-SetParameters $hardened.Apply)
    }

    It 'a second Apply never overwrites the record' {
        $hardened.Record | Should -Not -BeNullOrEmpty -Because 'Apply writes its record even when it changes nothing'
        $hardened.RecordAfterAgain | Should -BeExactly $hardened.Record
    }

    It 'Rollback on a host hardened before restores its own values, types and data (SMB1 stays off, SPN level stays 2)' {
        ($hardened.After -join "`n") | Should -BeExactly ($hardened.Before -join "`n")
        ($hardened.AfterSecondRound -join "`n") | Should -BeExactly ($hardened.Before -join "`n") -Because 'Apply after a rollback starts a new record'
    }
}

# A host whose record is gone: Rollback falls back to the policy's declared values, and says so (two builds suffice).
Describe 'Rollback without a record, <Name> on build <Build>' -ForEach $lostMatrix {
    BeforeAll {
        $state = New-SimulatedHost -ComputerName $HostName -Build $Build -Root (Join-Path $Work "rollback/$Slug-$Build-lost")
        $lost = @{ Apply = Invoke-SimulatedScript -Path $Apply }
        Get-ChildItem -LiteralPath (Join-Path $state.ProgramData 'smbpol') -Filter '*.state.json' | Remove-Item
        $lost.Rollback = Invoke-SimulatedScript -Path $Rollback
    }

    It 'runs without an error or a call the host does not know' {
        Assert-Clean $lost.Apply 'Apply'
        Assert-Clean $lost.Rollback 'Rollback'
    }

    It 'says so and restores the values the policy declares' {
        ($lost.Rollback.Warnings -join "`n") | Should -Match 'No record of what Apply replaced'
        foreach ($value in $Expected) {
            $actual = Get-SimulatedRegistryValue -Key $value.Key -Name $value.Name
            if ($null -eq $value.Fallback) { $actual | Should -BeNullOrEmpty -Because "HKLM\$($value.Key)\$($value.Name) has no declared rollback value" }
            elseif ($null -ne $actual) { $actual.Data | Should -Be $value.Fallback }
            else {
                $value.Effective | Should -Not -BeNullOrEmpty -Because "HKLM\$($value.Key)\$($value.Name) must hold its declared rollback value"
                $command, $property = $value.Effective.Split('.')
                [int](& $command).$property | Should -Be $value.Fallback
            }
        }
    }
}
