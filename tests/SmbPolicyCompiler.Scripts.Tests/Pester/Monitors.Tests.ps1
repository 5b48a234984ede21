# Issue 10: the generated monitors of Cases/monitors run on simulated hosts whose Get-WinEvent serves a day of audit
# events built from the catalogue's field tables (both 3021 versions, both XML shapes), with known truth. Each run's
# exact ticket text and exit code are asserted; Install-Monitors.ps1 registers, shows (-WhatIf) and removes the tasks.
# The runs of the agreement scenario are written under $Work for the xunit test to hold against smbpol readiness.
param([string]$Module, [string]$Work, [hashtable]$Rings, [hashtable]$FieldTables, [long]$UntilUnix)

BeforeAll {
    Import-Module $Module -Force
    $Log = 'Microsoft-Windows-SMBServer/Audit'
    $Until = [DateTimeOffset]::FromUnixTimeSeconds($UntilUnix).UtcDateTime
    $Day = $Until.Date

    function New-MonitorHost([string]$Name, [int]$Build = 20348, [switch]$AuditingOff, [string]$Ring) {
        $root = Join-Path $Work ('hosts/' + $Name + '-' + [guid]::NewGuid().ToString('n').Substring(0, 8))
        New-SimulatedHost -ComputerName $Name -Build $Build -Root $root | Out-Null
        if (-not $AuditingOff) { Set-SimulatedRegistryValue -Key 'HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters' -Name AuditSmb1Access -Kind DWord -Data 1 }
        # As an admin would: the ring's monitors/ folder copied onto the server.
        $dist = Join-Path $root 'dist'
        Copy-Item -LiteralPath $Rings[$Ring] -Destination $dist -Recurse
        return $dist
    }

    function Add-Audit {
        <# One event with every field of its manifest version (FieldTables, from the catalogue); unknown fields fail. #>
        param([int]$Id, [datetime]$At, [string]$Client, [int]$Version = 0, [string]$User = 'CORP\user', [string]$Spn = 'cifs/unknown', [switch]$UserData)
        $data = [ordered]@{}
        foreach ($field in $FieldTables[[string]$Id][[string]$Version]) {
            $data[$field] = switch ($field) {
                'ClientNameLength' { $Client.Length } 'ClientName' { $Client } 'UserNameLength' { $User.Length } 'UserName' { $User }
                'ServerRequiresSigning' { 'false' } 'Status' { '0xc000006d' } 'SPN' { $Spn } 'ServiceClassIsValid' { 'true' }
                'PrincipalNameIsValid' { 'false' } 'SPNValidationPolicy' { '1' }
                default { throw "Add-Audit does not know the field '$field' of event ${Id} v${Version}: teach it." }
            }
        }
        if ($UserData) { Add-SimulatedUserDataEvent -LogName $Log -Id $Id -Version $Version -TimeCreated $At -Data $data }
        else { Add-SimulatedEvent -LogName $Log -Id $Id -TimeCreated $At -Data $data }
    }

    function Invoke-Monitor([string]$Dist, [string]$Script, [hashtable]$Parameters = @{}) {
        $parameters = @{ Until = $Until } + $Parameters
        $run = Invoke-SimulatedScript -Path (Join-Path $Dist "$Script.ps1") -Parameters $parameters
        $run | Add-Member -NotePropertyName Text -NotePropertyValue ((@($run.Output) | ForEach-Object { [string]$_ }) -join "`n")
        return $run
    }

    function Assert-Clean($Run) {
        $Run.Exception | Should -BeNullOrEmpty
        $Run.Errors | Should -BeNullOrEmpty
        $Run.Refused | Should -BeNullOrEmpty
    }

    function At([int]$Hour, [int]$Minute = 0) { $Day.AddHours($Hour).AddMinutes($Minute) }

    $IncidentLine = "SMB1 is disabled on this server by the policy (ring smb1-off, smb1Server 'disabled' since 2026-03-02), yet clients still try it: treat this as an incident, not as readiness data."
    $HeldLine = "SMB1 is still enabled on this server (ring smb1-off, held at smb1Server 'audit' by exception EXC-OLD02): these clients use SMB1 and break when the ring disables it."
    $AuditLine = "SMB1 is still enabled on this server (ring audit-all, smb1Server 'audit' since 2026-01-05): these clients use SMB1 and break when the ring disables it."
}

Describe 'Monitor-Smb1Traffic.ps1' {
    It 'nothing in the window: exit 0 and not a word (an older 3000 and a 3021 are not counted)' {
        $dist = New-MonitorHost FS01 -Ring audit-all
        Add-Audit -Id 3000 -At (At 22 30) -Client '10.1.2.3'
        Add-Audit -Id 3021 -At (At 23 30) -Client '10.1.2.3'
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $run
        $run.ExitCode | Should -Be 0
        $run.Output | Should -BeNullOrEmpty
        Get-SimulatedCalls -Command Set-SmbServerConfiguration | Should -BeNullOrEmpty
    }

    It 'SMB1 auditing off: turned on exactly once, and the first run says so; the second run is silent' {
        $dist = New-MonitorHost FS01 -Ring audit-all -AuditingOff
        $first = Invoke-Monitor $dist Monitor-Smb1Traffic
        $second = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $first; Assert-Clean $second
        $first.ExitCode | Should -Be 0
        $first.Text | Should -BeExactly 'SMB1 access auditing was off on FS01; smb1Traffic turned it on. SMB1 clients are logged (event 3000) from now on.'
        $second.ExitCode | Should -Be 0
        $second.Output | Should -BeNullOrEmpty
        $sets = @(Get-SimulatedCalls -Command Set-SmbServerConfiguration)
        $sets.Count | Should -Be 1
        $sets[0].Parameters.AuditSmb1Access | Should -BeTrue
        (Get-SmbServerConfiguration).AuditSmb1Access | Should -BeTrue
    }

    It '-WhatIf with auditing off: says what it would do and changes nothing' {
        $dist = New-MonitorHost FS01 -Ring audit-all -AuditingOff
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic @{ WhatIf = $true }
        Assert-Clean $run
        $run.ExitCode | Should -Be 0
        Get-SimulatedCalls -Command Set-SmbServerConfiguration | Should -BeNullOrEmpty
        (Get-SmbServerConfiguration).AuditSmb1Access | Should -BeFalse
    }

    It 'one client: exit 1 and the ticket with every placeholder filled, in the singular' {
        $dist = New-MonitorHost FS01 -Ring audit-all
        Add-Audit -Id 3000 -At (At 23 30) -Client '\\10.1.2.3'
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        $run.Text | Should -BeExactly (@(
                'SMB1 Traffic Detected on FS01'
                'SMB1 Traffic detected on 10.1.2.3\FS01 in the past 1 hour.'
                'Ring audit-all of monitor-estate, group file-servers, control smb1Server, priority normal: 1 event (1) from 1 client between 2026-11-20 23:30:00Z and 2026-11-20 23:30:00Z, more than 0.'
                'Details:'
                $AuditLine
                '10.1.2.3: 1 event, first 2026-11-20 23:30:00Z, last 2026-11-20 23:30:00Z'
            ) -join "`n")
    }

    It 'a ring where the policy disabled SMB1: 3000 is an incident, high priority' {
        $dist = New-MonitorHost OLD01 -Build 14393 -Ring smb1-off
        Add-Audit -Id 3000 -At (At 23 10) -Client 'LAB-PRINTER'
        Add-Audit -Id 3000 -At (At 23 20) -Client '10.9.9.9:445'
        Add-Audit -Id 3000 -At (At 23 40) -Client 'lab-printer.'
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        $run.Text | Should -BeExactly (@(
                'SMB1 Traffic Detected on OLD01'
                'SMB1 Traffic detected on lab-printer, 10.9.9.9\OLD01 in the past 1 hour.'
                'Ring smb1-off of monitor-estate, group legacy-servers, control smb1Server, priority high: 3 events (3) from 2 clients between 2026-11-20 23:10:00Z and 2026-11-20 23:40:00Z, more than 0.'
                'Details:'
                $IncidentLine
                'lab-printer: 2 events, first 2026-11-20 23:10:00Z, last 2026-11-20 23:40:00Z'
                '10.9.9.9: 1 event, first 2026-11-20 23:20:00Z, last 2026-11-20 23:20:00Z'
            ) -join "`n")
    }

    It 'a server an exception holds at audit in that ring: readiness data, normal priority' {
        $dist = New-MonitorHost OLD02 -Build 17763 -Ring smb1-off
        Add-Audit -Id 3000 -At (At 23 50) -Client 'LAB-PRINTER'
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        ($run.Text -split "`n")[2] | Should -BeExactly 'Ring smb1-off of monitor-estate, group legacy-servers, control smb1Server, priority normal: 1 event (1) from 1 client between 2026-11-20 23:50:00Z and 2026-11-20 23:50:00Z, more than 0.'
        ($run.Text -split "`n")[4] | Should -BeExactly $HeldLine
    }

    It '500 clients: the 50 with most events then by name, and "and 450 more clients"' {
        $dist = New-MonitorHost FS01 -Ring audit-all
        foreach ($i in 1..500) {
            $name = 'PC-{0:000}' -f $i
            $times = if ($i -le 10) { 3 } else { 1 }
            foreach ($n in 1..$times) { Add-Audit -Id 3000 -At (At 23 ($n * 10 + ($i % 7))) -Client $name }
        }
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        $names = @(1..50 | ForEach-Object { 'pc-{0:000}' -f $_ })
        $listed = @(1..50 | ForEach-Object {
                $m = $_ % 7
                if ($_ -le 10) { 'pc-{0:000}: 3 events, first 2026-11-20 23:{1:00}:00Z, last 2026-11-20 23:{2:00}:00Z' -f $_, (10 + $m), (30 + $m) }
                else { 'pc-{0:000}: 1 event, first 2026-11-20 23:{1:00}:00Z, last 2026-11-20 23:{1:00}:00Z' -f $_, (10 + $m) }
            })
        $run.Text | Should -BeExactly (@(
                'SMB1 Traffic Detected on FS01'
                'SMB1 Traffic detected on ' + ($names -join ', ') + ', and 450 more clients\FS01 in the past 1 hour.'
                'Ring audit-all of monitor-estate, group file-servers, control smb1Server, priority normal: 520 events (520) from 500 clients between 2026-11-20 23:10:00Z and 2026-11-20 23:36:00Z, more than 0.'
                'Details:'
                $AuditLine
            ) + $listed + @('and 450 more clients') -join "`n")
    }

    It 'hostile client names and a hostile ticket template reach the ticket as text, never as code' {
        $ring = @($Rings.Keys | Where-Object { $_ -like 'R *' })[0]
        $dist = New-MonitorHost EVIL01 -Build 26100 -Ring $ring
        $client = "X'; New-Item canary-client; ' `$(New-Item canary-client-sub) ``whoami`` {{ 'y' }} %RESULT%`n#> <# $([char]0x202E)end"
        Add-Audit -Id 3000 -At (At 23 45) -Client $client
        $run = Invoke-Monitor $dist Monitor-Smb1Traffic
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        $shown = "x'; new-item canary-client; ' `$(new-item canary-client-sub) ``whoami`` {{ 'y' }} %result%\u000A#> <# \u202Eend"
        $run.Text | Should -BeExactly (@(
                "Alert '; New-Item canary-subject; ' `$(New-Item canary-subject-sub) ``whoami`` `" on EVIL01 {{ 'x' }} é中😀"
                "SMB1 is still enabled on this server (ring $ring, smb1Server 'audit' since 2026-01-05): these clients use SMB1 and break when the ring disables it."
                "${shown}: 1 event, first 2026-11-20 23:45:00Z, last 2026-11-20 23:45:00Z"
                "#> <# ]]> {{ include 'canary' }} {% raw %} `$env:PATH 100% done \\ `" ' end"
            ) -join "`n")
        @(Get-ChildItem -LiteralPath $Work -Recurse -Filter 'canary*') | Should -BeNullOrEmpty
        @(Get-ChildItem -LiteralPath (Get-Location) -Filter 'canary*') | Should -BeNullOrEmpty
    }
}

Describe 'Monitor-AuditThresholds.ps1' {
    BeforeAll {
        function Add-DayOfEvents {
            # A: 3021 v0 x3 (EventData) + 3021 v1 x2 with a user (UserData) + 3024 x1 = 6 > 5: listed.
            foreach ($h in 1..3) { Add-Audit -Id 3021 -Version 0 -At (At $h) -Client '\\10.0.0.5' }
            foreach ($h in 4..5) { Add-Audit -Id 3021 -Version 1 -At (At $h) -Client '\\10.0.0.5' -User 'CORP\alice' -UserData }
            Add-Audit -Id 3024 -At (At 6) -Client '\\10.0.0.5'
            # B: exactly the threshold (5): not listed.
            foreach ($h in 1..5) { Add-Audit -Id 3021 -Version 1 -At (At $h 30) -Client 'WS-B' -User 'CORP\bob' -UserData }
            # C: one 3027: high priority whatever the threshold.
            Add-Audit -Id 3027 -At (At 12) -Client 'WS-C'
            # D: 3024 x6 (> 5) with the SPNs of 3025 and 3026.
            foreach ($h in 7..12) { Add-Audit -Id 3024 -At (At $h) -Client 'ws-d.corp.example.com' -UserData }
            foreach ($h in 13..14) { Add-Audit -Id 3025 -At (At $h) -Client 'ws-d.corp.example.com' -Spn 'cifs/fs02.wrong.example' }
            Add-Audit -Id 3026 -At (At 15) -Client 'ws-d.corp.example.com'
            # E: 10 events of 3024, but before the window.
            foreach ($m in 1..10) { Add-Audit -Id 3024 -At ($Day.AddHours(-4).AddMinutes($m)) -Client '10.0.0.9' }
            # F: 3021 x4 + 3024 x2 = 6: listed (the two ids together).
            foreach ($h in 16..19) { Add-Audit -Id 3021 -At (At $h) -Client 'WS-F' }
            foreach ($h in 20..21) { Add-Audit -Id 3024 -At (At $h) -Client 'WS-F' }
        }
    }

    It 'a day of events: every offender, 3027 first at high priority, SPNs and users, capped at maxClients' {
        $dist = New-MonitorHost FS02 -Build 26100 -Ring audit-all
        Add-DayOfEvents
        $run = Invoke-Monitor $dist Monitor-AuditThresholds
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        $run.Text | Should -BeExactly (@(
                'SMB Hardening Audit Alert on FS02: 4 clients (high priority)'
                '4 clients logged more than 5 events of signing (3021) or SPN (3024) trouble on FS02 in the past 24 hours, or cannot sign over SMB1 (3027).'
                'Ring audit-all, group file-servers: fix them before the ring enforces serverSigning, spnValidation.'
                'Details:'
                'HIGH ws-c: 1 event (3027: 1), first 2026-11-20 12:00:00Z, last 2026-11-20 12:00:00Z'
                "ws-d.corp.example.com: 9 events (3024: 6, 3025: 2, 3026: 1), first 2026-11-20 07:00:00Z, last 2026-11-20 15:00:00Z; SPN sent: 'cifs/fs02.wrong.example' (3025), empty (3026), none (3024)"
                '10.0.0.5: 6 events (3021: 5, 3024: 1), first 2026-11-20 01:00:00Z, last 2026-11-20 06:00:00Z; users: CORP\alice; SPN sent: none (3024)'
                'and 1 more client'
            ) -join "`n")
    }

    It 'the same day on a ring without a cap lists every offender; these runs go to the readiness agreement test' {
        $dist = New-MonitorHost FS03 -Build 26100 -Ring wide
        Add-DayOfEvents
        $run = Invoke-Monitor $dist Monitor-AuditThresholds
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        @(($run.Text -split "`n") | Select-Object -Skip 4 | ForEach-Object { ($_ -split ':')[0] }) | Should -Be @('HIGH ws-c', 'ws-d.corp.example.com', '10.0.0.5', 'ws-f')
        $folder = New-Item -ItemType Directory -Force -Path (Join-Path $Work 'agreement')
        '<Events>' + (@(Get-WinEvent -LogName $Log | ForEach-Object { $_.ToXml() }) -join "`n") + '</Events>' | Set-Content -LiteralPath (Join-Path $folder 'FS03.xml') -Encoding utf8
        @{ ExitCode = $run.ExitCode; Output = @($run.Output | ForEach-Object { [string]$_ }) } | ConvertTo-Json | Set-Content -LiteralPath (Join-Path $folder 'FS03.run.json') -Encoding utf8
    }

    It 'only a client at the threshold: exit 0 and silence' {
        $dist = New-MonitorHost FS02 -Build 26100 -Ring audit-all
        foreach ($h in 1..5) { Add-Audit -Id 3021 -Version 1 -At (At $h 30) -Client 'WS-B' -User 'CORP\bob' -UserData }
        Add-Audit -Id 3025 -At (At 9) -Client 'WS-B'
        $run = Invoke-Monitor $dist Monitor-AuditThresholds
        Assert-Clean $run
        $run.ExitCode | Should -Be 0
        $run.Output | Should -BeNullOrEmpty
    }

    It 'one client over the threshold: the singular, normal priority' {
        $dist = New-MonitorHost FS02 -Build 26100 -Ring audit-all
        foreach ($h in 1..6) { Add-Audit -Id 3021 -Version 1 -At (At $h) -Client 'WS-B' -User "CORP\bob$($h % 2)" -UserData }
        $run = Invoke-Monitor $dist Monitor-AuditThresholds
        Assert-Clean $run
        $run.ExitCode | Should -Be 1
        ($run.Text -split "`n")[0] | Should -BeExactly 'SMB Hardening Audit Alert on FS02: 1 client (normal priority)'
        ($run.Text -split "`n")[4] | Should -BeExactly 'ws-b: 6 events (3021: 6), first 2026-11-20 01:00:00Z, last 2026-11-20 06:00:00Z; users: CORP\bob0, CORP\bob1'
    }
}

Describe 'Install-Monitors.ps1' {
    BeforeAll {
        $dist = New-MonitorHost FS01 -Ring audit-all
        $installed = Join-Path (Get-SimulatedState).ProgramData 'smbpol/monitors/audit-all'
        $registryBefore = Get-SimulatedRegistry
        $runs = [ordered]@{}
        $runs.WhatIf = Invoke-SimulatedScript -Path (Join-Path $dist 'Install-Monitors.ps1') -Parameters @{ WhatIf = $true }
        $afterWhatIf = @{ Tasks = @(Get-SimulatedTasks); Registry = Get-SimulatedRegistry; Files = @(Get-ChildItem -LiteralPath (Get-SimulatedState).ProgramData -Recurse -File) }
        $runs.Install = Invoke-SimulatedScript -Path (Join-Path $dist 'Install-Monitors.ps1')
        $tasks = @(Get-SimulatedTasks)
        $copied = @{}
        foreach ($file in Get-ChildItem -LiteralPath $installed -File) { $copied[$file.Name] = (Get-FileHash -LiteralPath $file.FullName).Hash }
        $runs.Again = Invoke-SimulatedScript -Path (Join-Path $dist 'Install-Monitors.ps1')
        $tasksAgain = @(Get-SimulatedTasks)
        Add-Audit -Id 3000 -At (At 23 30) -Client '10.1.2.3'
        $scheduled = Invoke-Monitor $installed Monitor-Smb1Traffic @{ Report = 'EventLog' }
        $runs.UninstallWhatIf = Invoke-SimulatedScript -Path (Join-Path $dist 'Install-Monitors.ps1') -Parameters @{ Uninstall = $true; WhatIf = $true }
        $tasksAfterUninstallWhatIf = @(Get-SimulatedTasks)
        $runs.Uninstall = Invoke-SimulatedScript -Path (Join-Path $dist 'Install-Monitors.ps1') -Parameters @{ Uninstall = $true }
        $runs.UninstallAgain = Invoke-SimulatedScript -Path (Join-Path $dist 'Install-Monitors.ps1') -Parameters @{ Uninstall = $true }
    }

    It 'runs without an error or a call Windows does not have' {
        foreach ($name in $runs.Keys) {
            $runs[$name].Exception | Should -BeNullOrEmpty -Because "$name must not fail"
            $runs[$name].Refused | Should -BeNullOrEmpty -Because "$name must call only what Windows has"
        }
    }

    It '-WhatIf registers nothing, copies nothing, and names each task it would register' {
        $afterWhatIf.Tasks | Should -BeNullOrEmpty
        $afterWhatIf.Files | Should -BeNullOrEmpty
        ($afterWhatIf.Registry -join "`n") | Should -BeExactly ($registryBefore -join "`n")
        @($runs.WhatIf.Output | ForEach-Object { '{0} {1}' -f $_.Task, $_.Action }) | Should -Be @('\smbpol\audit-all-Monitor-Smb1Traffic WouldRegister', '\smbpol\audit-all-Monitor-AuditThresholds WouldRegister')
    }

    It 'registers one task per monitor, as SYSTEM, at the interval of the policy, running the copied script' {
        @($runs.Install.Output | ForEach-Object Action) | Should -Be @('Registered', 'Registered')
        @($tasks | ForEach-Object { $_.TaskPath + $_.TaskName }) | Should -Be @('\smbpol\audit-all-Monitor-AuditThresholds', '\smbpol\audit-all-Monitor-Smb1Traffic')
        $byName = @{}; foreach ($task in $tasks) { $byName[$task.TaskName] = $task }
        $byName['audit-all-Monitor-Smb1Traffic'].Triggers[0].RepetitionInterval | Should -Be ([timespan]::FromMinutes(30))
        $byName['audit-all-Monitor-AuditThresholds'].Triggers[0].RepetitionInterval | Should -Be ([timespan]::FromHours(24))
        foreach ($task in $tasks) {
            $task.Principal.UserId | Should -Be 'SYSTEM'
            $task.Principal.RunLevel | Should -Be 'Highest'
            $file = $task.TaskName.Substring('audit-all-'.Length) + '.ps1'
            $task.Actions[0].Execute | Should -Be 'powershell.exe'
            $task.Actions[0].Arguments | Should -BeExactly ('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -Report EventLog' -f (Join-Path $installed $file))
            $copied[$file] | Should -Be (Get-FileHash -LiteralPath (Join-Path $dist $file)).Hash -Because "$file is copied as it is"
        }
        @($copied.Keys | Sort-Object) | Should -Be @('Monitor-AuditThresholds.ps1', 'Monitor-Smb1Traffic.ps1')
    }

    It 'registers the event source once; a second install replaces the tasks' {
        @(Get-SimulatedCalls -Command New-EventLog).Count | Should -Be 1
        @($tasksAgain | ForEach-Object { $_.TaskPath + $_.TaskName }) | Should -Be @($tasks | ForEach-Object { $_.TaskPath + $_.TaskName })
    }

    It 'a scheduled run writes the ticket to the Application log as a warning' {
        $scheduled.ExitCode | Should -Be 1
        $entry = @(Get-WinEvent -LogName Application | Where-Object ProviderName -eq 'smbpol-monitors')
        $entry.Count | Should -Be 1
        $entry[0].Id | Should -Be 1001
        $entry[0].LevelDisplayName | Should -Be 'Warning'
        $entry[0].Message | Should -BeExactly $scheduled.Text
        ($scheduled.Text -split "`n")[0] | Should -BeExactly 'SMB1 Traffic Detected on FS01'
    }

    It '-Uninstall -WhatIf removes nothing; -Uninstall removes the tasks and the copies; again, nothing is left to remove' {
        @($runs.UninstallWhatIf.Output | ForEach-Object Action) | Should -Be @('WouldRemove', 'WouldRemove')
        $tasksAfterUninstallWhatIf.Count | Should -Be 2
        @($runs.Uninstall.Output | ForEach-Object Action) | Should -Be @('Removed', 'Removed')
        @(Get-SimulatedTasks) | Should -BeNullOrEmpty
        @(Get-ChildItem -LiteralPath $installed -Filter '*.ps1') | Should -BeNullOrEmpty
        @($runs.UninstallAgain.Output | ForEach-Object Action) | Should -Be @('Absent', 'Absent')
    }

    It '-LogTo File: the tasks append each ticket to a .log file beside the copies, and no event source is registered' {
        $fileDist = New-MonitorHost FS01 -Ring audit-all
        $folder = Join-Path (Get-SimulatedState).ProgramData 'smbpol/monitors/audit-all'
        $run = Invoke-SimulatedScript -Path (Join-Path $fileDist 'Install-Monitors.ps1') -Parameters @{ LogTo = 'File' }
        $run.Exception | Should -BeNullOrEmpty
        $run.Refused | Should -BeNullOrEmpty
        Get-SimulatedCalls -Command New-EventLog | Should -BeNullOrEmpty
        $task = @(Get-SimulatedTasks | Where-Object TaskName -eq 'audit-all-Monitor-Smb1Traffic')[0]
        $logFile = Join-Path $folder 'Monitor-Smb1Traffic.log'
        $task.Actions[0].Arguments | Should -BeExactly ('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -Report File -LogPath "{1}"' -f (Join-Path $folder 'Monitor-Smb1Traffic.ps1'), $logFile)
        Add-Audit -Id 3000 -At (At 23 30) -Client '10.1.2.3'
        $scheduled = Invoke-Monitor $folder Monitor-Smb1Traffic @{ Report = 'File'; LogPath = $logFile }
        $scheduled.ExitCode | Should -Be 1
        $lines = @(Get-Content -LiteralPath $logFile)
        $lines[0] | Should -BeExactly '2026-11-20 23:59:59Z SMB1 Traffic Detected on FS01'
        $lines[1] | Should -BeExactly '    SMB1 Traffic detected on 10.1.2.3\FS01 in the past 1 hour.'
        $lines.Count | Should -Be (@($scheduled.Output).Count)
    }

    It 'refuses to run without administrator rights' {
        $root = Join-Path $Work 'hosts/not-admin'
        New-SimulatedHost -ComputerName FS01 -Build 20348 -Root $root -NotAdministrator | Out-Null
        Copy-Item -LiteralPath $Rings['audit-all'] -Destination (Join-Path $root 'dist') -Recurse
        $run = Invoke-SimulatedScript -Path (Join-Path $root 'dist/Install-Monitors.ps1')
        $run.Exception | Should -Match 'run it as administrator'
        @(Get-SimulatedTasks) | Should -BeNullOrEmpty
    }
}
