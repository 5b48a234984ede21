# ---- The SMB1 traffic monitor ------------------------------------------------------------------------------------

try {
    $configuration = Get-SmbServerConfiguration
}
catch { Send-CouldNotCheck 'Get-SmbServerConfiguration failed' $_ }
if ($null -eq $configuration.PSObject.Properties['AuditSmb1Access']) {
    Send-Report -Text ('{0} on {1} could not check: this Windows cannot audit SMB1 access (no AuditSmb1Access; Windows Server 2016 or later can).' -f $Monitor, $env:COMPUTERNAME) -ExitCode 2 -EventId 1900 -EntryType Error
}
$notice = $null
if (-not $configuration.AuditSmb1Access) {
    if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, 'Turn SMB1 access auditing on (Set-SmbServerConfiguration -AuditSmb1Access $true)')) {
        try { Set-SmbServerConfiguration -AuditSmb1Access $true -Force }
        catch { Send-CouldNotCheck 'SMB1 access auditing is off and could not be turned on' $_ }
        $notice = 'SMB1 access auditing was off on {0}; {1} turned it on. SMB1 clients are logged (event 3000) from now on.' -f $env:COMPUTERNAME, $Monitor
    }
}

try { $found = @(Read-AuditEvents -Ids $EventIds) }
catch { Send-CouldNotCheck ('reading {0} failed' -f $LogName) $_ }

$clients = @{}
foreach ($event in $found) {
    $key = Get-ClientKey (Get-EventFields $event)[$ClientField]
    if (-not $key) { $key = '(no client name)' }
    if (-not $clients.ContainsKey($key)) { $clients[$key] = New-ClientTally $key }
    Add-ToTally $clients[$key] $event
}

if ($found.Count -le $Threshold) {
    if ($notice) { Send-Report -Text $notice -ExitCode 0 -EventId 1000 -EntryType Information }
    exit 0
}

$context = $Smb1ByHost[$env:COMPUTERNAME]
if (-not $context) { $context = $Smb1Default }
$sorted = Sort-Clients @($clients.Values) { 0 }
$lines = @($context.Line) + (Select-Listed @(foreach ($tally in $sorted) {
            '{0}: {1}, first {2}, last {3}' -f (Format-Text $tally.Key), (Format-Count $tally.Events 'event'), (Format-Time $tally.First), (Format-Time $tally.Last)
        }))
if ($notice) { $lines += $notice }
Send-Ticket (Get-TicketValues -Clients $sorted -ResultLines $lines -Priority $context.Priority)
