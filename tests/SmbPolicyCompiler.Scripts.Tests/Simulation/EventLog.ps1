# Classic event logging, simulated: New-EventLog registers a source the way Windows does (a key under
# HKLM\SYSTEM\CurrentControlSet\Services\EventLog\<log>\<source>, in the host's registry store) and Write-EventLog
# writes an entry the test reads back with Get-WinEvent -LogName Application (ProviderName = the source).
# Add-SimulatedUserDataEvent adds an audit event in the UserData shape (audit-events.md §2: which shape 3021-3027
# use is unverified, so monitors must read both).

function Get-SimulatedEventSourceKey([string]$LogName, [string]$Source) {
    return "SYSTEM\CurrentControlSet\Services\EventLog\$LogName\$Source"
}

function New-EventLog {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$LogName, [Parameter(Mandatory)][string[]]$Source)
    $state = [SimState]::Current
    Add-SimulatedCall -Command 'New-EventLog' -Parameters $PSBoundParameters -Changed $true
    if (-not $state.IsAdministrator) { throw 'Requested registry access is not allowed.' }
    foreach ($name in $Source) {
        if ($state.KeyExists((Get-SimulatedEventSourceKey $LogName $name))) { throw "The `"$name`" source is already registered on the `"localhost`" computer." }
        $state.CreateKey((Get-SimulatedEventSourceKey $LogName $name))
    }
}

function Write-EventLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$LogName, [Parameter(Mandatory)][string]$Source, [Parameter(Mandatory)][int]$EventId,
        [ValidateSet('Error', 'Warning', 'Information', 'SuccessAudit', 'FailureAudit')][string]$EntryType = 'Information',
        [Parameter(Mandatory)][string]$Message
    )
    $state = [SimState]::Current
    $state.Record('Write-EventLog', $PSBoundParameters)
    if (-not $state.KeyExists((Get-SimulatedEventSourceKey $LogName $Source))) { throw "The source name `"$Source`" does not exist on computer `"localhost`"." }
    $level = @{ Error = 2; Warning = 3; Information = 4; SuccessAudit = 4; FailureAudit = 4 }[$EntryType]
    Add-SimulatedEvent -LogName $LogName -Id $EventId -TimeCreated ([datetime]::UtcNow) -ProviderName $Source -Level $level -Message $Message
}

function Add-SimulatedUserDataEvent {
    <# An SMBServer audit event whose fields are elements under <UserData><EventData xmlns=...>, not <Data Name=...>. #>
    param(
        [Parameter(Mandatory)][string]$LogName,
        [Parameter(Mandatory)][int]$Id,
        [Parameter(Mandatory)][datetime]$TimeCreated,
        [System.Collections.Specialized.OrderedDictionary]$Data = [ordered]@{},
        [int]$Version = 0
    )
    $state = [SimState]::Current
    Add-SimulatedEvent -LogName $LogName -Id $Id -TimeCreated $TimeCreated -Data $Data
    $record = $state.Events[$state.Events.Count - 1]
    $fields = ($Data.Keys | ForEach-Object { '<{0}>{1}</{0}>' -f $_, [System.Security.SecurityElement]::Escape([string]$Data[$_]) }) -join ''
    $utc = $TimeCreated.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffffff00Z', [System.Globalization.CultureInfo]::InvariantCulture)
    $xml = ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SMBServer"/><EventID>{0}</EventID>' +
        '<Version>{1}</Version><Level>4</Level><TimeCreated SystemTime="{2}"/><Channel>{3}</Channel><Computer>{4}</Computer></System>' +
        '<UserData><EventData xmlns="http://manifests.microsoft.com/win/2004/08/windows/eventlog">{5}</EventData></UserData></Event>') -f $Id, $Version, $utc, $LogName, $state.ComputerName, $fields
    $record.PSObject.Methods.Remove('ToXml')
    $record | Microsoft.PowerShell.Utility\Add-Member -MemberType ScriptMethod -Name ToXml -Value { $xml }.GetNewClosure()
}
