# ---- Shared by every smbpol monitor: reading events by field name, client names, the ticket, reporting -----------

$ErrorActionPreference = 'Stop'
$Invariant = [System.Globalization.CultureInfo]::InvariantCulture
if (-not $LogPath) { $LogPath = Join-Path $env:ProgramData ('smbpol\monitors\' + $DefaultLogName) }
$Since = $Until.AddMinutes(-$WindowMinutes)

function Read-AuditEvents {
    <# The events of $LogName with these ids in the window; none is not an error. #>
    param([int[]]$Ids)
    try {
        Get-WinEvent -FilterHashtable @{ LogName = $LogName; Id = $Ids; StartTime = $Since; EndTime = $Until } -ErrorAction Stop
    }
    catch {
        if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { return }
        throw
    }
}

function Get-EventFields {
    <#
    The event's named fields: <EventData><Data Name="..."> and <UserData><...><Field> (SMBServer events come in both
    shapes). Never the message text: it is translated, and its labels differ from the field names.
    #>
    param([object]$Event)
    $fields = @{}
    $root = ([xml]$Event.ToXml()).DocumentElement
    foreach ($data in $root.SelectNodes("*[local-name()='EventData']/*[local-name()='Data'][@Name]")) { $fields[$data.GetAttribute('Name')] = $data.InnerText }
    foreach ($data in $root.SelectNodes("*[local-name()='UserData']/*/*")) { $fields[$data.LocalName] = $data.InnerText }
    return $fields
}

function Get-ClientKey {
    <# A client as smbpol readiness names it: no leading \\ or path, no :port, addresses canonical, names lowercased. #>
    param([string]$Raw)
    if ($null -eq $Raw) { return $null }
    $text = $Raw.Trim().TrimStart([char[]]'\/')
    $cut = $text.IndexOfAny([char[]]'\/')
    if ($cut -ge 0) { $text = $text.Substring(0, $cut) }
    $text = $text.Trim()
    if ($text -eq '' -or $text -eq '-' -or $text -eq 'N/A') { return $null }
    if ($text.StartsWith('[') -and $text.IndexOf(']') -gt 1) { $text = $text.Substring(1, $text.IndexOf(']') - 1) }
    elseif ($text -match '^[^:]+:[0-9]+$') { $text = $text.Substring(0, $text.IndexOf(':')) }
    $address = $null
    $bare = ($text -split '%')[0]
    if (($bare -match '^[0-9]{1,3}(\.[0-9]{1,3}){3}$' -or $bare.Contains(':')) -and [System.Net.IPAddress]::TryParse($bare, [ref]$address)) {
        if ($address.IsIPv4MappedToIPv6) { $address = $address.MapToIPv4() }
        return $address.ToString().ToLowerInvariant()
    }
    return $text.TrimEnd('.').ToLowerInvariant()
}

function Format-Text {
    <# Text from an event as it may appear in a ticket: control and bidirectional-override characters as \uXXXX. #>
    param([string]$Text)
    return [regex]::Replace($Text, '[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]', { param($m) '\u{0:X4}' -f [int][char]$m.Value })
}

function Format-Time {
    param([datetime]$Time)
    return $Time.ToUniversalTime().ToString('yyyy-MM-dd HH:mm:ss', $Invariant) + 'Z'
}

function Format-Count {
    <# '1 client', '3 clients'. #>
    param([long]$Count, [string]$Noun)
    if ($Count -eq 1) { return '1 ' + $Noun }
    return $Count.ToString($Invariant) + ' ' + $Noun + 's'
}

function New-ClientTally {
    param([string]$Key)
    [pscustomobject]@{ Key = $Key; Events = 0; ById = @{}; First = $null; Last = $null; Users = [System.Collections.Generic.List[string]]::new(); Spns = [System.Collections.Generic.List[string]]::new() }
}

function Add-ToTally {
    param([object]$Tally, [object]$Event)
    $Tally.Events++
    $Tally.ById[$Event.Id] = 1 + [int]$Tally.ById[$Event.Id]
    if ($null -eq $Tally.First -or $Event.TimeCreated -lt $Tally.First) { $Tally.First = $Event.TimeCreated }
    if ($null -eq $Tally.Last -or $Event.TimeCreated -gt $Tally.Last) { $Tally.Last = $Event.TimeCreated }
}

function Add-Distinct {
    param([System.Collections.Generic.List[string]]$List, [string]$Value)
    if (-not $List.Contains($Value)) { $List.Add($Value) }
}

function Get-OrdinalSorted {
    param([System.Collections.Generic.List[string]]$List)
    $sorted = $List.ToArray()
    [System.Array]::Sort($sorted, [System.StringComparer]::Ordinal)
    return , $sorted
}

function Select-Listed {
    <# The first $MaxClients lines, then 'and N more clients'. #>
    param([object[]]$Lines)
    $shown = @($Lines | Select-Object -First $MaxClients)
    if ($Lines.Count -gt $MaxClients) { $shown += 'and ' + (Format-Count ($Lines.Count - $MaxClients) 'more client') }
    return $shown
}

function Get-ServerGroup {
    $group = $HostGroups[$env:COMPUTERNAME]
    if ($group) { return $group }
    return $RingGroups
}

function Format-Ticket {
    <# Literal parts as they are; each placeholder once, by its value (a value is never scanned for placeholders). #>
    param([object[]]$Parts, [hashtable]$Values)
    $text = [System.Text.StringBuilder]::new()
    foreach ($part in $Parts) {
        if ($part -isnot [hashtable]) { [void]$text.Append([string]$part) }
        elseif ($part.ContainsKey('Token')) { [void]$text.Append([string]$Values[$part.Token]) }
        else { [void]$text.Append("`n") }
    }
    return $text.ToString()
}

function Send-Report {
    <# The ticket (or a notice) on standard output, and where -Report says; then the exit code. #>
    param([string]$Text, [int]$ExitCode, [int]$EventId, [string]$EntryType)
    foreach ($line in $Text.Split("`n")) { Write-Output $line }
    try {
        if ($Report -eq 'EventLog') { Write-EventLog -LogName Application -Source $EventSource -EventId $EventId -EntryType $EntryType -Message $Text }
        if ($Report -eq 'File') {
            $folder = Split-Path -Parent $LogPath
            if (-not (Test-Path -LiteralPath $folder)) { New-Item -ItemType Directory -Path $folder -Force | Out-Null }
            Add-Content -LiteralPath $LogPath -Value ((Format-Time $Until) + ' ' + $Text.Replace("`n", "`r`n    ")) -Encoding UTF8
        }
    }
    catch {
        Write-Output ('The monitor could not write its report ({0}): {1}' -f $Report, $_.Exception.Message)
        $ExitCode = 2
    }
    exit $ExitCode
}

function Send-Ticket {
    param([hashtable]$Values)
    $text = (Format-Ticket $Subject $Values) + "`n" + (Format-Ticket $Body $Values)
    Send-Report -Text $text -ExitCode 1 -EventId $ReportEventId -EntryType Warning
}

function Send-CouldNotCheck {
    param([string]$What, [object]$ErrorRecord)
    Send-Report -Text ('{0} on {1} could not check: {2}: {3}' -f $Monitor, $env:COMPUTERNAME, $What, $ErrorRecord.Exception.Message) -ExitCode 2 -EventId 1900 -EntryType Error
}

function Get-TicketValues {
    <# The run-time placeholders shared by both monitors, from the listed clients. #>
    param([object[]]$Clients, [object[]]$ResultLines, [string]$Priority)
    $events = 0
    $first = $null
    $last = $null
    foreach ($client in $Clients) {
        $events += $client.Events
        if ($null -eq $first -or $client.First -lt $first) { $first = $client.First }
        if ($null -eq $last -or $client.Last -gt $last) { $last = $client.Last }
    }
    return @{
        COMPUTERNAME = $env:COMPUTERNAME
        CLIENTNAME = (Select-Listed @($Clients | ForEach-Object { Format-Text $_.Key })) -join ', '
        CLIENTS = Format-Count $Clients.Count 'client'
        COUNT = $events.ToString($Invariant)
        EVENTS = Format-Count $events 'event'
        FIRSTSEEN = Format-Time $first
        LASTSEEN = Format-Time $last
        RESULT = $ResultLines -join "`n"
        GROUP = Get-ServerGroup
        PRIORITY = $Priority
    }
}

function Sort-Clients {
    <# Most events first, then by name (ordinal, the same on every machine). #>
    param([object[]]$Clients, [scriptblock]$First)
    $list = [System.Collections.Generic.List[object]]::new()
    foreach ($client in $Clients) { $list.Add($client) }
    $list.Sort([System.Comparison[object]] {
            param($a, $b)
            $byFirst = (& $First $b).CompareTo((& $First $a))
            if ($byFirst -ne 0) { return $byFirst }
            $byEvents = $b.Events.CompareTo($a.Events)
            if ($byEvents -ne 0) { return $byEvents }
            return [string]::CompareOrdinal($a.Key, $b.Key)
        })
    return $list.ToArray()
}

