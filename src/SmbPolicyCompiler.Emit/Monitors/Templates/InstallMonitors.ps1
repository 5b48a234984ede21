# ---- Install or remove the ring's monitors as scheduled tasks ------------------------------------------------------

$ErrorActionPreference = 'Stop'
$principal = [Security.Principal.WindowsPrincipal]::new([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Install-Monitors.ps1 registers scheduled tasks that run as SYSTEM: run it as administrator.'
}
if (-not $InstallPath) { $InstallPath = Join-Path $env:ProgramData ('smbpol\monitors\' + $RingFolder) }

function Get-MonitorTask([string]$Name) {
    Get-ScheduledTask -TaskPath $TaskPath -TaskName $Name -ErrorAction SilentlyContinue
}

if ($Uninstall) {
    foreach ($monitor in $Monitors) {
        $name = $RingFolder + '-' + $monitor.Name
        $action = 'Absent'
        if (Get-MonitorTask $name) {
            $action = 'WouldRemove'
            if ($PSCmdlet.ShouldProcess($TaskPath + $name, 'Unregister the scheduled task')) {
                Unregister-ScheduledTask -TaskPath $TaskPath -TaskName $name -Confirm:$false
                $action = 'Removed'
            }
        }
        [pscustomobject]@{ Task = $TaskPath + $name; Action = $action }
        $copy = Join-Path $InstallPath $monitor.File
        if ((Test-Path -LiteralPath $copy) -and $PSCmdlet.ShouldProcess($copy, 'Remove the copied monitor script')) { Remove-Item -LiteralPath $copy -Force }
    }
    return
}

if (-not (Test-Path -LiteralPath $InstallPath) -and $PSCmdlet.ShouldProcess($InstallPath, 'Create the folder the tasks run the monitors from')) {
    New-Item -ItemType Directory -Path $InstallPath -Force | Out-Null
}
if ($LogTo -eq 'EventLog') {
    $hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
    $registered = $hklm.OpenSubKey('SYSTEM\CurrentControlSet\Services\EventLog\Application\' + $EventSource)
    if (-not $registered -and $PSCmdlet.ShouldProcess('Application log', "Register the event source '$EventSource'")) {
        New-EventLog -LogName Application -Source $EventSource
    }
}
foreach ($monitor in $Monitors) {
    $name = $RingFolder + '-' + $monitor.Name
    $script = Join-Path $InstallPath $monitor.File
    if (-not $PSCmdlet.ShouldProcess($TaskPath + $name, ('Copy {0} to {1} and run it every {2} minutes as SYSTEM' -f $monitor.File, $InstallPath, $monitor.IntervalMinutes))) {
        [pscustomobject]@{ Task = $TaskPath + $name; Action = 'WouldRegister' }
        continue
    }
    Copy-Item -LiteralPath (Join-Path $PSScriptRoot $monitor.File) -Destination $script -Force
    $arguments = '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -Report {1}' -f $script, $LogTo
    if ($LogTo -eq 'File') { $arguments += ' -LogPath "{0}"' -f (Join-Path $InstallPath ($monitor.Name + '.log')) }
    $task = @{
        TaskPath = $TaskPath
        TaskName = $name
        Description = $monitor.Description
        Action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument $arguments
        Trigger = New-ScheduledTaskTrigger -Once -At ([datetime]::Now.Date.AddMinutes($monitor.StartMinute)) -RepetitionInterval ([TimeSpan]::FromMinutes($monitor.IntervalMinutes))
        Principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
        Settings = New-ScheduledTaskSettingsSet -MultipleInstances IgnoreNew -StartWhenAvailable -ExecutionTimeLimit ([TimeSpan]::FromMinutes(30))
    }
    Register-ScheduledTask @task -Force | Out-Null
    [pscustomobject]@{ Task = $TaskPath + $name; Action = 'Registered' }
}
