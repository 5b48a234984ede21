# Get-WinEvent serving the events a test added with Add-SimulatedEvent, filtered as Windows filters them
# (-LogName, -FilterHashtable LogName/Id/StartTime/EndTime/ProviderName, -MaxEvents), newest first.
# An event is an object like EventLogRecord: Id, LogName, ProviderName, TimeCreated, MachineName, Level,
# LevelDisplayName, Message, Properties (objects with .Value, in EventData order) and ToXml().

function Add-SimulatedEvent {
    param(
        [Parameter(Mandatory)][string]$LogName,
        [Parameter(Mandatory)][int]$Id,
        [Parameter(Mandatory)][datetime]$TimeCreated,
        [System.Collections.Specialized.OrderedDictionary]$Data = [ordered]@{},
        [string]$ProviderName = 'Microsoft-Windows-SMBServer',
        [int]$Level = 4,
        [string]$Message = ''
    )
    $state = [SimState]::Current
    $names = @($Data.Keys)
    $xmlData = ($names | ForEach-Object { '<Data Name="{0}">{1}</Data>' -f [System.Security.SecurityElement]::Escape($_), [System.Security.SecurityElement]::Escape([string]$Data[$_]) }) -join ''
    $utc = $TimeCreated.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffffff00Z', [System.Globalization.CultureInfo]::InvariantCulture)
    $xml = ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="{0}"/><EventID>{1}</EventID><Level>{2}</Level>' +
        '<TimeCreated SystemTime="{3}"/><Channel>{4}</Channel><Computer>{5}</Computer></System><EventData>{6}</EventData></Event>') -f
        $ProviderName, $Id, $Level, $utc, $LogName, $state.ComputerName, $xmlData
    $record = [pscustomobject]@{
        Id = $Id; LogName = $LogName; ProviderName = $ProviderName; TimeCreated = $TimeCreated; MachineName = $state.ComputerName
        Level = $Level; LevelDisplayName = @{ 1 = 'Critical'; 2 = 'Error'; 3 = 'Warning'; 4 = 'Information' }[$Level]; Message = $Message
        Properties = @($names | ForEach-Object { [pscustomobject]@{ Value = $Data[$_] } })
    }
    $record | Microsoft.PowerShell.Utility\Add-Member -MemberType ScriptMethod -Name ToXml -Value { $xml }.GetNewClosure()
    $state.Events.Add($record)
}

function Get-WinEvent {
    [CmdletBinding(DefaultParameterSetName = 'LogName')]
    param(
        [Parameter(ParameterSetName = 'LogName', Position = 0)][string[]]$LogName,
        [Parameter(ParameterSetName = 'Hashtable', Mandatory)][hashtable[]]$FilterHashtable,
        [long]$MaxEvents = -1
    )
    $state = [SimState]::Current
    $state.Record('Get-WinEvent', $PSBoundParameters)
    $filters = if ($FilterHashtable) { $FilterHashtable } else { @(@{ LogName = $LogName }) }
    $found = foreach ($filter in $filters) {
        foreach ($key in $filter.Keys) {
            if (@('LogName', 'Id', 'StartTime', 'EndTime', 'ProviderName') -notcontains $key) {
                $state.Refused.Add("Get-WinEvent -FilterHashtable key $key"); throw "The simulated Get-WinEvent does not filter on '$key'."
            }
        }
        $state.Events | Where-Object {
            (-not $filter['LogName'] -or @($filter['LogName']) -contains $_.LogName) -and
            (-not $filter['Id'] -or @($filter['Id']) -contains $_.Id) -and
            (-not $filter['ProviderName'] -or @($filter['ProviderName']) -contains $_.ProviderName) -and
            (-not $filter['StartTime'] -or $_.TimeCreated -ge $filter['StartTime']) -and
            (-not $filter['EndTime'] -or $_.TimeCreated -le $filter['EndTime'])
        }
    }
    $sorted = @($found | Sort-Object -Property TimeCreated -Descending)
    if ($sorted.Count -eq 0) {
        # Windows writes this error (and nothing else) when no event matches.
        Write-Error -Message 'No events were found that match the specified selection criteria.' -Category ObjectNotFound -ErrorId 'NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand'
        return
    }
    if ($MaxEvents -gt 0) { $sorted = $sorted | Select-Object -First $MaxEvents }
    $sorted
}
