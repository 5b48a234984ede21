# ---- The daily audit thresholds monitor ------------------------------------------------------------------------------

try { $found = @(Read-AuditEvents -Ids $EventIds) }
catch { Send-CouldNotCheck ('reading {0} failed' -f $LogName) $_ }

$clients = @{}
foreach ($event in $found) {
    $fields = Get-EventFields $event
    $key = Get-ClientKey $fields[$ClientField]
    if (-not $key) { $key = '(no client name)' }
    if (-not $clients.ContainsKey($key)) { $clients[$key] = New-ClientTally $key }
    $tally = $clients[$key]
    Add-ToTally $tally $event
    if ($fields[$UserField]) { Add-Distinct $tally.Users (Format-Text $fields[$UserField]) }
    if ($event.Id -eq $NoSpnId) { Add-Distinct $tally.Spns 'none (3024)' }
    if ($event.Id -eq $EmptySpnId) { Add-Distinct $tally.Spns 'empty (3026)' }
    if ($event.Id -eq $UnrecognizedSpnId) { Add-Distinct $tally.Spns ("'{0}' (3025)" -f (Format-Text $fields[$SpnField])) }
}

function Get-AlertEvents([object]$Tally) {
    $count = 0
    foreach ($id in $AlertIds) { $count += [int]$Tally.ById[$id] }
    return $count
}

function Test-HighPriority([object]$Tally) {
    foreach ($id in $HighPriorityIds) { if ($Tally.ById[$id]) { return $true } }
    return $false
}

$offenders = @($clients.Values | Where-Object { (Get-AlertEvents $_) -gt $Threshold -or (Test-HighPriority $_) })
if ($offenders.Count -eq 0) { exit 0 }

$sorted = Sort-Clients $offenders { param($c) [int](Test-HighPriority $c) }
$lines = Select-Listed @(foreach ($tally in $sorted) {
        $counts = @(foreach ($id in @($tally.ById.Keys | Sort-Object)) { '{0}: {1}' -f $id, $tally.ById[$id] }) -join ', '
        $high = if (Test-HighPriority $tally) { 'HIGH ' } else { '' }
        $line = '{0}{1}: {2} ({3}), first {4}, last {5}' -f $high, (Format-Text $tally.Key), (Format-Count $tally.Events 'event'), $counts, (Format-Time $tally.First), (Format-Time $tally.Last)
        if ($tally.Users.Count -gt 0) { $line += '; users: ' + ((Get-OrdinalSorted $tally.Users) -join ', ') }
        if ($tally.Spns.Count -gt 0) { $line += '; SPN sent: ' + ((Get-OrdinalSorted $tally.Spns) -join ', ') }
        $line
    })
$priority = if (@($sorted | Where-Object { Test-HighPriority $_ }).Count -gt 0) { 'high' } else { 'normal' }
Send-Ticket (Get-TicketValues -Clients $sorted -ResultLines $lines -Priority $priority)
