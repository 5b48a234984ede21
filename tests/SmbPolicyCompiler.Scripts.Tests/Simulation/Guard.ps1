# The guard: while a script runs under the simulation, every command name it looks up passes here first (PowerShell's
# PreCommandLookupAction). Known names go on to the simulated command or the harmless built-in; file commands are
# confined to the host's sandbox folder; any other name is replaced by a command that records the call in
# Refused and throws, so an unexpected call fails the test even when the script catches the error.

# Built-in commands the generated scripts may call (data and output only; file commands are confined below).
$script:AllowedBuiltins = @(
    'Write-Verbose', 'Write-Information', 'Write-Warning', 'Write-Host', 'Write-Output', 'Write-Error', 'Write-Debug', 'Write-Progress',
    'Where-Object', 'ForEach-Object', 'Sort-Object', 'Select-Object', 'Group-Object', 'Measure-Object', 'Compare-Object', 'Tee-Object',
    'New-Object', 'Out-Null', 'Out-String', 'Join-Path', 'Split-Path', 'Test-Path', 'Resolve-Path', 'Get-Date', 'Get-Command',
    'ConvertTo-Json', 'ConvertFrom-Json', 'ConvertTo-Xml', 'Select-Xml', 'Get-Variable', 'Remove-TypeData', 'Format-Table', 'Format-List'
)

# File commands: allowed inside the sandbox (the host's ProgramData, its working folder), refused elsewhere.
$script:ConfinedCommands = @{
    'New-Item' = 'Microsoft.PowerShell.Management'; 'Set-Content' = 'Microsoft.PowerShell.Management'
    'Add-Content' = 'Microsoft.PowerShell.Management'; 'Get-Content' = 'Microsoft.PowerShell.Management'
    'Remove-Item' = 'Microsoft.PowerShell.Management'; 'Move-Item' = 'Microsoft.PowerShell.Management'
    'Copy-Item' = 'Microsoft.PowerShell.Management'; 'Rename-Item' = 'Microsoft.PowerShell.Management'
    'Get-ChildItem' = 'Microsoft.PowerShell.Management'; 'Get-Item' = 'Microsoft.PowerShell.Management'
    'Out-File' = 'Microsoft.PowerShell.Utility'; 'Export-Csv' = 'Microsoft.PowerShell.Utility'
}

$script:ConfinedProxies = @{}

function Get-SimulatedProxy([string]$Name) {
    if (-not $script:ConfinedProxies.ContainsKey($Name)) {
        $qualified = $script:ConfinedCommands[$Name] + '\' + $Name
        $metadata = [System.Management.Automation.CommandMetadata]::new((Microsoft.PowerShell.Core\Get-Command -Name $qualified -CommandType Cmdlet))
        $text = [System.Management.Automation.ProxyCommand]::Create($metadata)
        $check = "begin`n{`n    Assert-SimulatedPath -Command '$Name' -Bound ([hashtable]`$PSBoundParameters)`n"
        $text = [regex]::Replace($text, '(?m)^begin\r?\n\{\r?\n', $check, 'None', [timespan]::FromSeconds(5))
        $script:ConfinedProxies[$Name] = [scriptblock]::Create($text)
    }
    return $script:ConfinedProxies[$Name]
}

function Assert-SimulatedPath {
    param([string]$Command, [hashtable]$Bound)
    $root = [System.IO.Path]::GetFullPath([SimState]::Current.Root).TrimEnd('/') + '/'
    foreach ($parameter in 'Path', 'LiteralPath', 'FilePath', 'Destination', 'NewName') {
        if (-not $Bound.ContainsKey($parameter)) { continue }
        foreach ($item in @($Bound[$parameter])) {
            $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath([string]$item)
            if ($parameter -eq 'NewName' -and -not [System.IO.Path]::IsPathRooted([string]$item)) { continue }
            if (-not ([System.IO.Path]::GetFullPath($full) + '/').StartsWith($root, [System.StringComparison]::Ordinal)) {
                [SimState]::Current.Refused.Add(('{0} -{1} {2} (outside the simulated host''s folders)' -f $Command, $parameter, $item))
                throw ('The simulated host refuses {0} -{1} ''{2}'': outside {3}' -f $Command, $parameter, $item, $root)
            }
        }
    }
}

function New-SimulatedGuard {
    param([string]$ScriptPath, [string[]]$ScriptFunctions, [hashtable]$Substitutes)
    $allowed = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
    foreach ($name in @($ScriptPath) + $script:AllowedBuiltins + $ScriptFunctions + @((Get-Module SimulatedHost).ExportedFunctions.Keys)) { [void]$allowed.Add($name) }
    foreach ($name in $script:ConfinedCommands.Keys) { [void]$allowed.Add($script:ConfinedCommands[$name] + '\' + $name) }
    # The simulation's own commands use these by their qualified names, which no generated script does.
    foreach ($name in 'Microsoft.PowerShell.Utility\Add-Member') { [void]$allowed.Add($name) }
    # PowerShell itself looks some of them up by their module-qualified names (e.g. to list dynamic parameters).
    foreach ($name in $script:AllowedBuiltins) { foreach ($module in 'Core', 'Utility', 'Management') { [void]$allowed.Add("Microsoft.PowerShell.$module\$name") } }
    $proxies = @{}
    foreach ($name in $script:ConfinedCommands.Keys) { $proxies[$name] = Get-SimulatedProxy $name }
    foreach ($name in $Substitutes.Keys) { $proxies[$name] = $Substitutes[$name] }
    $refused = [SimState]::Current.Refused
    $guard = {
        param([string]$Name, [System.Management.Automation.CommandLookupEventArgs]$Lookup)
        if ($proxies.ContainsKey($Name)) { $Lookup.CommandScriptBlock = $proxies[$Name]; $Lookup.StopSearch = $true; return }
        if ($allowed.Contains($Name) -or $Name.Contains('-Simulated')) { return }
        $refusedCalls = $refused
        $refusedName = $Name
        $refusal = {
            $refusedCalls.Add(('{0} {1}' -f $refusedName, ($args -join ' ')))
            throw ('The simulated Windows host does not know the command ''{0}''; a generated script must not call it.' -f $refusedName)
        }
        $Lookup.CommandScriptBlock = $refusal.GetNewClosure()
        $Lookup.StopSearch = $true
    }
    return $guard.GetNewClosure()
}
