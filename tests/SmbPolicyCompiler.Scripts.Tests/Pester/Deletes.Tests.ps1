# Issue 13: an additional setting that deletes a value (registry.pol **del.) is deleted by Apply, recorded first, and put
# back exactly by Rollback; a REG_NONE value is written with its bytes and removed again; deleting every value of a
# key (**delvals.) is not done by the script, which says so as a warning, and the key's values stay.
param([string]$Module, [string]$Work, [string]$Apply, [string]$Rollback)

BeforeAll {
    Import-Module $Module -Force
    $ts = 'Software\Policies\Microsoft\Windows NT\Terminal Services'
    $list = 'Software\Policies\Google\Chrome\URLBlacklist'
    New-SimulatedHost -ComputerName 'SRV1' -Build 26100 -Root (Join-Path $Work 'deletes') | Out-Null
    Set-SimulatedRegistryValue -Key $ts -Name 'fAllowFullControl' -Kind DWord -Data 1
    Set-SimulatedRegistryValue -Key $list -Name '1' -Kind String -Data 'javascript://*'
    $before = Get-SimulatedRegistry
    $whatIf = Invoke-SimulatedScript -Path $Apply -Parameters @{ WhatIf = $true }
    $afterWhatIf = Get-SimulatedRegistry
    $applied = Invoke-SimulatedScript -Path $Apply
    $afterApply = Get-SimulatedRegistry
    $rolledBack = Invoke-SimulatedScript -Path $Rollback
    $afterRollback = Get-SimulatedRegistry
}

Describe 'Apply and Rollback of deletes and REG_NONE' {
    It 'runs cleanly' {
        foreach ($run in $whatIf, $applied, $rolledBack) {
            $run.Exception | Should -BeNullOrEmpty
            $run.Errors | Should -BeNullOrEmpty
            $run.Refused | Should -BeNullOrEmpty
        }
    }

    It '-WhatIf changes nothing' {
        ($afterWhatIf -join "`n") | Should -BeExactly ($before -join "`n")
        @($whatIf.Output | Where-Object { $_.Location -like '*\fAllowFullControl' }).Action | Should -Be 'WouldChange'
    }

    It 'Apply deletes the value and writes REG_NONE with its bytes' {
        @($afterApply | Where-Object { $_ -like "HKLM\$ts\fAllowFullControl = *" }) | Should -BeNullOrEmpty
        @($before | Where-Object { $_ -like "HKLM\$ts\fAllowFullControl = *" }).Count | Should -Be 1
        @($applied.Output | Where-Object { $_.Location -like '*\fAllowFullControl' }).Action | Should -Be 'Changed'
        @($afterApply | Where-Object { $_ -like 'HKLM\Software\Policies\Contoso\Marker = None *' }).Count | Should -Be 1
        @($applied.Output | Where-Object { $_.Location -like '*\Marker' }).To | Should -Be 'None 01-02-FF'
    }

    It 'Apply says it does not delete every value of a key, and leaves them' {
        @($applied.Warnings | Where-Object { "$_" -like "Not done by this script: HKLM\$list*delete every value*" }).Count | Should -Be 1
        @($afterApply | Where-Object { $_ -like "HKLM\$list\1 = String*" }).Count | Should -Be 1
    }

    It 'Rollback puts the deleted value back exactly and removes REG_NONE' {
        ($afterRollback -join "`n") | Should -BeExactly ($before -join "`n")
    }
}
