# The ScheduledTasks module, simulated: New-ScheduledTask{Action,Trigger,Principal,SettingsSet} build the objects,
# Register-/Get-/Unregister-ScheduledTask keep the host's tasks (per simulated host, beside SimState), with the
# parameters Install-Monitors.ps1 uses. ASSUMPTION (Microsoft documents the cmdlets, not these details): a task is
# identified by TaskPath + TaskName, case-insensitively; Register-ScheduledTask -Force replaces an existing task;
# Get-ScheduledTask of a missing task writes a (non-terminating) error.

$script:SimulatedTasks = [System.Runtime.CompilerServices.ConditionalWeakTable[object, System.Collections.Specialized.OrderedDictionary]]::new()

function Get-SimulatedTaskStore {
    return $script:SimulatedTasks.GetValue([SimState]::Current, { param($key) [ordered]@{} })
}

function Get-SimulatedTasks {
    <# The registered tasks, sorted by full name: objects with TaskPath, TaskName, Action, Trigger, Principal, Settings, Description. #>
    $store = Get-SimulatedTaskStore
    @($store.Keys | Sort-Object | ForEach-Object { $store[$_] })
}

function New-ScheduledTaskAction {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Execute, [string]$Argument, [string]$WorkingDirectory)
    [SimState]::Current.Record('New-ScheduledTaskAction', $PSBoundParameters)
    [pscustomobject]@{ Execute = $Execute; Arguments = $Argument; WorkingDirectory = $WorkingDirectory }
}

function New-ScheduledTaskTrigger {
    [CmdletBinding()]
    param([switch]$Once, [Parameter(Mandatory)][datetime]$At, [timespan]$RepetitionInterval, [timespan]$RepetitionDuration)
    [SimState]::Current.Record('New-ScheduledTaskTrigger', $PSBoundParameters)
    if (-not $Once) { [SimState]::Current.Refused.Add('New-ScheduledTaskTrigger without -Once'); throw 'The simulated New-ScheduledTaskTrigger knows only -Once -At [-RepetitionInterval].' }
    [pscustomobject]@{ StartBoundary = $At; RepetitionInterval = $RepetitionInterval; RepetitionDuration = $RepetitionDuration }
}

function New-ScheduledTaskPrincipal {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$UserId, [ValidateSet('None', 'Password', 'S4U', 'Interactive', 'Group', 'ServiceAccount', 'InteractiveOrPassword')][string]$LogonType, [ValidateSet('Limited', 'Highest')][string]$RunLevel)
    [SimState]::Current.Record('New-ScheduledTaskPrincipal', $PSBoundParameters)
    [pscustomobject]@{ UserId = $UserId; LogonType = $LogonType; RunLevel = $RunLevel }
}

function New-ScheduledTaskSettingsSet {
    [CmdletBinding()]
    param([ValidateSet('Parallel', 'Queue', 'IgnoreNew', 'StopExisting')][string]$MultipleInstances, [switch]$StartWhenAvailable, [timespan]$ExecutionTimeLimit)
    [SimState]::Current.Record('New-ScheduledTaskSettingsSet', $PSBoundParameters)
    [pscustomobject]@{ MultipleInstances = $MultipleInstances; StartWhenAvailable = $StartWhenAvailable.IsPresent; ExecutionTimeLimit = $ExecutionTimeLimit }
}

function Register-ScheduledTask {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$TaskName, [string]$TaskPath = '\', [Parameter(Mandatory)][object[]]$Action, [object[]]$Trigger,
        [object]$Principal, [object]$Settings, [string]$Description, [switch]$Force
    )
    $state = [SimState]::Current
    $store = Get-SimulatedTaskStore
    $key = ($TaskPath + $TaskName).ToUpperInvariant()
    $exists = $store.Contains($key)
    Add-SimulatedCall -Command 'Register-ScheduledTask' -Parameters $PSBoundParameters -Changed $true
    if ($exists -and -not $Force) { throw "Cannot create a file when that file already exists. (the task $TaskPath$TaskName is registered)" }
    if (-not $state.IsAdministrator) { throw 'Access is denied.' }
    $task = [pscustomobject]@{ TaskPath = $TaskPath; TaskName = $TaskName; Actions = @($Action); Triggers = @($Trigger); Principal = $Principal; Settings = $Settings; Description = $Description; State = 'Ready' }
    $store[$key] = $task
    $task
}

function Get-ScheduledTask {
    [CmdletBinding()]
    param([string]$TaskName, [string]$TaskPath)
    [SimState]::Current.Record('Get-ScheduledTask', $PSBoundParameters)
    $store = Get-SimulatedTaskStore
    $found = @($store.Values | Where-Object { (-not $TaskName -or $_.TaskName -eq $TaskName) -and (-not $TaskPath -or $_.TaskPath -eq $TaskPath) })
    if ($found.Count -eq 0) {
        Write-Error -Message "No MSFT_ScheduledTask objects found with property 'TaskName' equal to '$TaskName'." -Category ObjectNotFound -ErrorId 'CmdletizationQuery_NotFound_TaskName,Get-ScheduledTask'
        return
    }
    $found
}

function Unregister-ScheduledTask {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(Mandatory)][string]$TaskName, [string]$TaskPath = '\')
    $store = Get-SimulatedTaskStore
    $key = ($TaskPath + $TaskName).ToUpperInvariant()
    Add-SimulatedCall -Command 'Unregister-ScheduledTask' -Parameters $PSBoundParameters -Changed $store.Contains($key)
    if (-not $store.Contains($key)) { throw "No MSFT_ScheduledTask objects found with property 'TaskName' equal to '$TaskName'." }
    if ($PSCmdlet.ShouldProcess($TaskPath + $TaskName, 'Unregister')) { $store.Remove($key) }
}
