# Point 7 of issue 9: Import-<ring>.ps1 against the simulated GroupPolicy and ActiveDirectory modules makes exactly the
# calls the ring's plan implies (each backup imported with its id and name, links in link order, security filters);
# -WhatIf makes none; a second run changes nothing; links and GPOs the policy no longer wants are removed; and a
# filter naming an account that is not in AD stops the script before it changes anything.
param([string]$Module, [string]$Work, [object[]]$Cases)

BeforeDiscovery {
    $complete = @($Cases | Where-Object { $_.Missing.Count -eq 0 })
    $incomplete = @($Cases | Where-Object { $_.Missing.Count -gt 0 })
}

BeforeAll {
    Import-Module $Module -Force

    function New-Domain($Case, [string]$Name, [string[]]$Without = @()) {
        $state = New-SimulatedHost -ComputerName 'ADMIN01' -Build 20348 -Root (Join-Path $Work "import/$($Case.Slug)-$Name")
        $state.Domain = $Case.Domain
        foreach ($container in $Case.Containers) { Add-SimulatedContainer -DistinguishedName $container }
        foreach ($computer in $Case.Computers) { if ($Without -notcontains $computer) { Add-SimulatedComputer -Name $computer } }
        foreach ($group in $Case.Groups) { Add-SimulatedGroup -Name $group.Name -DistinguishedName $group.Dn }
        return $state
    }

    function Get-Changes($Run) { @($Run.Calls | Where-Object { $_.PSObject.Properties['Changed'] -and $_.Changed }) }

    function Assert-Clean($Run, [string]$Name) {
        $Run.Exception | Should -BeNullOrEmpty -Because "$Name must not fail"
        $Run.Refused | Should -BeNullOrEmpty -Because "$Name must call only what Windows has"
        $Run.ExitCode | Should -Be 0 -Because "$Name reports no problem ($($Run.Warnings -join '; '))"
    }
}

Describe 'Import <Ring>' -ForEach $complete {
    BeforeAll {
        $case = @{ Slug = $Slug; Domain = $Domain; Containers = $Containers; Computers = $Computers; Groups = $Groups }
        New-Domain $case 'whatif' | Out-Null
        $whatIf = Invoke-SimulatedScript -Path $Script -Parameters @{ WhatIf = $true }

        New-Domain $case 'run' | Out-Null
        $first = Invoke-SimulatedScript -Path $Script
        $gpos = @{}
        foreach ($import in $Imports) { $gpos[$import.Name] = Get-SimulatedGpo $import.Name }
        $links = @(Get-SimulatedLinks)
        $second = Invoke-SimulatedScript -Path $Script

        # A domain where an older policy linked the ring's GPO elsewhere and had a GPO this policy dropped.
        New-Domain $case 'stale' | Out-Null
        Add-SimulatedContainer -DistinguishedName "OU=Retired,$DomainDn"
        $old = Add-SimulatedGpo -Name $Imports[0].Name
        Add-SimulatedLink -Name $Imports[0].Name -Target "OU=Retired,$DomainDn"
        Add-SimulatedGpo -Name ($Prefix + 'Exception EXC-OLD') | Out-Null
        $staleWhatIf = Invoke-SimulatedScript -Path $Script -Parameters @{ WhatIf = $true }
        $stale = Invoke-SimulatedScript -Path $Script
        $staleLinks = @(Get-SimulatedLinks -Target "OU=Retired,$DomainDn")
    }

    It 'runs without an error, a problem or a call the domain does not know' {
        foreach ($run in @{ WhatIf = $whatIf; First = $first; Second = $second; StaleWhatIf = $staleWhatIf; Stale = $stale }.GetEnumerator()) {
            Assert-Clean $run.Value $run.Key
        }
    }

    It '-WhatIf makes no change' {
        Get-Changes $whatIf | Should -BeNullOrEmpty
        Get-Changes $staleWhatIf | Should -BeNullOrEmpty
    }

    It 'imports each backup once, with its id and target name' {
        $calls = @($first.Calls | Where-Object Command -eq 'Import-GPO')
        @($calls | ForEach-Object { '{0} {1}' -f $_.Parameters.BackupId, $_.Parameters.TargetName }) | Should -Be @($Imports | ForEach-Object { '{0} {1}' -f $_.BackupId, $_.Name })
        foreach ($call in $calls) {
            $call.Parameters.CreateIfNeeded | Should -BeTrue
            $call.Parameters.Path | Should -Be (Join-Path (Split-Path -Parent $Script) 'gpo')
            $call.Parameters.Domain | Should -Be $Domain
        }
        foreach ($import in $Imports) { $gpos[$import.Name].GpoStatus | Should -Be 'UserSettingsDisabled' }
    }

    It 'links each GPO to its targets, exception GPOs first in link order' {
        $expected = @($Imports | ForEach-Object { $i = $_; $i.Links | ForEach-Object { '{0} -> {1}' -f $i.Name, $_ } } | Sort-Object)
        @($links | ForEach-Object { '{0} -> {1}' -f $_.DisplayName, $_.Target } | Sort-Object) | Should -Be $expected
        @($links | Where-Object { -not $_.Enabled }) | Should -BeNullOrEmpty
        foreach ($import in @($Imports | Where-Object First)) {
            foreach ($target in $import.Links) {
                ($links | Where-Object { $_.Target -eq $target -and $_.Order -eq 1 }).DisplayName | Should -Be $import.Name
            }
        }
    }

    It 'security-filters each filtered GPO to exactly its groups and computers' {
        foreach ($import in $Imports) {
            $apply = @($gpos[$import.Name].Permissions | Where-Object Permission -eq 'GpoApply' | ForEach-Object { $_.Trustee } | Sort-Object)
            if ($import.Filtered) {
                $names = @(@($import.Groups | ForEach-Object { if ($_ -like 'CN=*') { ($_ -split ',')[0].Substring(3) } else { $_ } }) + @($import.Computers | ForEach-Object { $_.ToUpperInvariant() }) | Sort-Object)
                $apply | Should -Be $names
                ($gpos[$import.Name].Permissions | Where-Object Trustee -eq 'Authenticated Users').Permission | Should -Be 'GpoRead'
            }
            else { $apply | Should -Be @('Authenticated Users') }
        }
    }

    It 'a second run changes nothing' {
        Get-Changes $second | Should -BeNullOrEmpty
        @($second.Calls | Where-Object Command -eq 'Import-GPO') | Should -BeNullOrEmpty -Because 'the GPOs already hold these backups'
    }

    It 'removes a link the policy no longer wants (not with -WhatIf), and a GPO it no longer has' {
        @($staleWhatIf.Calls | Where-Object Command -eq 'Remove-GPLink') | Should -BeNullOrEmpty
        $staleLinks | Should -BeNullOrEmpty
        @($stale.Calls | Where-Object Command -eq 'Remove-GPLink' | ForEach-Object { $_.Parameters.Target }) | Should -Be @("OU=Retired,$DomainDn")
        Get-SimulatedGpo ($Prefix + 'Exception EXC-OLD') | Should -BeNullOrEmpty
        (Get-SimulatedGpo $Imports[0].Name).Id | Should -Be $old.Id -Because 'the existing GPO is updated, not replaced'
    }

    if (@($Imports | ForEach-Object { $_.Computers } | Where-Object { $_ }).Count -gt 0) {
    It 'stops before any change when a filtered computer is not in AD' {
        $absent = @($Imports | ForEach-Object { $_.Computers } | Where-Object { $_ })[0]
        New-Domain $case 'missing' -Without $absent | Out-Null
        $run = Invoke-SimulatedScript -Path $Script
        [string]$run.Exception | Should -Match 'Stopped before importing or linking anything'
        [string]$run.Exception | Should -Match ([regex]::Escape("computer '$absent'"))
        Get-Changes $run | Should -BeNullOrEmpty
        $run.Refused | Should -BeNullOrEmpty
    }
    }
}

Describe 'Import <Ring> with hosts that are not in AD' -ForEach $incomplete {
    It 'stops before any change, naming each missing host' {
        New-Domain @{ Slug = $Slug; Domain = $Domain; Containers = $Containers; Computers = $Computers; Groups = $Groups } 'incomplete' | Out-Null
        $run = Invoke-SimulatedScript -Path $Script
        $run.Refused | Should -BeNullOrEmpty
        [string]$run.Exception | Should -Match 'Stopped before importing or linking anything'
        foreach ($name in $Missing) { [string]$run.Exception | Should -Match ([regex]::Escape("computer '$name'")) }
        Get-Changes $run | Should -BeNullOrEmpty
        @($run.Calls | Where-Object { $_.Command -in 'Import-GPO', 'New-GPLink', 'Set-GPPermission' }) | Should -BeNullOrEmpty
    }
}
