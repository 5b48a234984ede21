
# ---- The logic below is smbpol's collector template; the registry keys above come from the controls catalogue. ----

$ErrorActionPreference = 'Stop'
if ($PSVersionTable.PSVersion.Major -lt 6) {
    # Windows PowerShell 5.1 otherwise writes some arrays as {"value": [...], "Count": n}.
    Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue
}

$invariant = [Globalization.CultureInfo]::InvariantCulture
$hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)

function ConvertTo-Hex($Bytes) {
    if ($null -eq $Bytes) { return '' }
    return ((@($Bytes) | ForEach-Object { ([byte]$_).ToString('x2', $invariant) }) -join '')
}

function Get-RawKey([string]$Path) {
    $key = $hklm.OpenSubKey($Path)
    if ($null -eq $key) { return $null }
    try {
        $values = New-Object System.Collections.Generic.List[object]
        foreach ($name in @($key.GetValueNames() | Sort-Object)) {
            $kind = [string]$key.GetValueKind($name)
            $raw = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
            $data = switch ($kind) {
                'DWord' { [BitConverter]::ToUInt32([BitConverter]::GetBytes([int32]$raw), 0) }
                'QWord' { [BitConverter]::ToUInt64([BitConverter]::GetBytes([int64]$raw), 0).ToString($invariant) }
                'String' { [string]$raw }
                'ExpandString' { [string]$raw }
                'MultiString' { , [string[]]@($raw) }
                default { ConvertTo-Hex $raw }
            }
            $values.Add([ordered]@{ name = $name; type = $kind; data = $data })
        }
        return , $values.ToArray()
    }
    finally { $key.Close() }
}

function Get-CimProperties([string]$Command) {
    if (-not (Get-Command -Name $Command -ErrorAction SilentlyContinue)) { return $null }
    try { $instance = & $Command }
    catch {
        Write-Warning ('{0} failed: {1}' -f $Command, $_.Exception.Message)
        return $null
    }

    # CIM properties give enums as numbers on every PowerShell version.
    $properties = [ordered]@{}
    foreach ($property in @($instance.CimInstanceProperties | Sort-Object -Property Name)) {
        $properties[$property.Name] = $property.Value
    }
    return $properties
}

$os = Get-CimInstance -ClassName Win32_OperatingSystem
$computer = Get-CimInstance -ClassName Win32_ComputerSystem
$ubr = $null
$currentVersion = $hklm.OpenSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion')
if ($currentVersion) {
    $value = $currentVersion.GetValue('UBR', $null)
    if ($null -ne $value) { $ubr = [int]$value }
    $currentVersion.Close()
}

$dnsName = $computer.DNSHostName
if ($computer.PartOfDomain -and $computer.Domain) { $dnsName = '{0}.{1}' -f $computer.DNSHostName, $computer.Domain }
$registry = [ordered]@{}
foreach ($entry in $RegistryKeys.GetEnumerator()) { $registry[$entry.Key] = Get-RawKey $entry.Value }

$state = [ordered]@{
    schemaVersion = $SchemaVersion
    hostName = $env:COMPUTERNAME
    dnsName = $dnsName
    collectedAt = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', $invariant)
    os = [ordered]@{ caption = $os.Caption; version = $os.Version; build = [int]$os.BuildNumber; ubr = $ubr }
    powerShell = $PSVersionTable.PSVersion.ToString()
    smbServerConfiguration = Get-CimProperties 'Get-SmbServerConfiguration'
    smbClientConfiguration = Get-CimProperties 'Get-SmbClientConfiguration'
    registry = $registry
}

$json = $state | ConvertTo-Json -Depth 5
if ($OutPath) {
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutPath)
    [IO.File]::WriteAllText($full, $json, (New-Object System.Text.UTF8Encoding $false))
    Write-Verbose ('Wrote {0}' -f $full)
}
else {
    $json
}
