# Making a host, running a script on it, and reading what happened.

$script:Captions = @{
    14393 = 'Microsoft Windows Server 2016 Standard'; 17763 = 'Microsoft Windows Server 2019 Standard'
    20348 = 'Microsoft Windows Server 2022 Standard'; 26100 = 'Microsoft Windows Server 2025 Standard'
}

function New-SimulatedHost {
    <# A fresh host with a freshly installed Windows' SMB values (names spelled as Windows spells them), in a new sandbox folder. #>
    param(
        [Parameter(Mandatory)][string]$ComputerName,
        [Parameter(Mandatory)][ValidateSet(14393, 17763, 20348, 26100)][int]$Build,
        [Parameter(Mandatory)][string]$Root,
        [switch]$SigningRequiredByDefault,
        [switch]$NotAdministrator
    )
    $state = [SimState]::new()
    $state.ComputerName = $ComputerName
    $state.Build = $Build
    $state.SigningRequiredByDefault = $SigningRequiredByDefault.IsPresent
    $state.IsAdministrator = -not $NotAdministrator.IsPresent
    $state.Root = [System.IO.Directory]::CreateDirectory($Root).FullName
    $state.ProgramData = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($state.Root, 'ProgramData')).FullName
    [SimState]::Current = $state
    $version = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $state.SetValue($version, 'CurrentBuild', 'String', [string]$Build)
    $state.SetValue($version, 'CurrentBuildNumber', 'String', [string]$Build)
    $state.SetValue($version, 'UBR', 'DWord', $state.Ubr)
    $state.SetValue($version, 'ProductName', 'String', $script:Captions[$Build].Substring('Microsoft '.Length))
    $server = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'
    $state.SetValue($server, 'enablesecuritysignature', 'DWord', 0)
    $state.SetValue($server, 'requiresecuritysignature', 'DWord', 0)
    $state.SetValue($server, 'restrictnullsessaccess', 'DWord', 1)
    $state.SetValue($server, 'ServiceDll', 'ExpandString', '%SystemRoot%\system32\srvsvc.dll')
    $state.SetValue($server, 'NullSessionPipes', 'MultiString', [string[]]@())
    $workstation = 'SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters'
    $state.SetValue($workstation, 'EnablePlainTextPassword', 'DWord', 0)
    $state.SetValue($workstation, 'EnableSecuritySignature', 'DWord', 1)
    $state.SetValue($workstation, 'RequireSecuritySignature', 'DWord', 0)
    $state.SetValue($workstation, 'ServiceDll', 'ExpandString', '%SystemRoot%\System32\wkssvc.dll')
    $state.CreateKey('SOFTWARE\Policies\Microsoft\Windows')
    return $state
}

function Get-SimulatedState { [SimState]::Current }

function Get-SimulatedRegistry {
    <# The registry as sorted lines 'HKLM\key\name = Kind data' (and 'HKLM\key\' for every key): compare two with -ceq. #>
    [SimState]::Current.Dump()
}

function Get-SimulatedRegistryValue {
    param([Parameter(Mandatory)][string]$Key, [Parameter(Mandatory)][string]$Name)
    [SimState]::Current.GetValue(($Key -replace '^(HKLM|HKEY_LOCAL_MACHINE):?\\', ''), $Name)
}

function Set-SimulatedRegistryValue {
    param([Parameter(Mandatory)][string]$Key, [Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][Microsoft.Win32.RegistryValueKind]$Kind, [Parameter(Mandatory)][AllowEmptyCollection()][object]$Data)
    # Stored as .NET's registry API returns it: DWord an int, QWord a long, MultiString a string[], Binary a byte[].
    $typed = switch ($Kind) {
        'DWord' { [int]$Data } 'QWord' { [long]$Data } 'MultiString' { [string[]]@($Data) } 'Binary' { [byte[]]$Data } 'None' { [byte[]]$Data } default { [string]$Data }
    }
    [SimState]::Current.SetValue(($Key -replace '^(HKLM|HKEY_LOCAL_MACHINE):?\\', ''), $Name, $Kind, $typed)
}

function Get-SimulatedCalls {
    <# Every simulated command a script called that reads or changes the host, in order: objects with Command and Parameters. #>
    param([string[]]$Command)
    $calls = [SimState]::Current.Calls
    if ($Command) { return @($calls | Where-Object { $Command -contains $_.Command }) }
    return @($calls)
}

function Invoke-SimulatedScript {
    <#
    Runs a script file on the current simulated host: $env:COMPUTERNAME and $env:ProgramData are the host's, the
    working folder is its sandbox, and the guard refuses unknown commands. Returns what happened: Output (the
    script's objects), Warnings, Information (Write-Host and Write-Information), Errors, Exception (a terminating
    error, or $null), ExitCode, Refused (commands the guard refused) and Calls (simulated commands called).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path, [hashtable]$Parameters = @{})
    $state = [SimState]::Current
    $tokens = $null
    $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$parseErrors)
    if ($parseErrors.Count -gt 0) { throw ('{0} does not parse: {1}' -f $Path, ($parseErrors -join '; ')) }
    $target = Get-SimulatedTarget -Path $Path -Ast $ast
    $functions = @($ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true) | ForEach-Object { $_.Name })
    $guard = New-SimulatedGuard -ScriptPath $target -ScriptFunctions $functions -Substitutes (Get-SimulatedModuleCommands)
    $callsBefore = $state.Calls.Count
    $refusedBefore = $state.Refused.Count
    $saved = @{ COMPUTERNAME = $env:COMPUTERNAME; ProgramData = $env:ProgramData; USERDOMAIN = $env:USERDOMAIN }
    $env:COMPUTERNAME = $state.ComputerName
    $env:ProgramData = $state.ProgramData
    $env:USERDOMAIN = $state.Domain.Split('.')[0].ToUpperInvariant()
    $global:LASTEXITCODE = 0
    $records = [System.Collections.Generic.List[object]]::new()
    $exception = $null
    Push-Location -LiteralPath $state.Root
    try {
        $ExecutionContext.InvokeCommand.PreCommandLookupAction = $guard
        # In the caller's session state, as when an admin runs it: not in this module's, whose functions it must not see.
        $run = [scriptblock]::Create('& { param($Script, $Arguments, $Records) & $Script @Arguments *>&1 | ForEach-Object { $Records.Add($_) } } @args')
        try { $ExecutionContext.InvokeCommand.InvokeScript($PSCmdlet.SessionState, $run, @($target, $Parameters, $records)) | Out-Null }
        finally { $ExecutionContext.InvokeCommand.PreCommandLookupAction = $null }
    }
    catch { $exception = $_ }
    finally {
        Pop-Location
        foreach ($name in $saved.Keys) { Set-Item -Path "env:$name" -Value $saved[$name] }
        if ($target -ne $Path) { Remove-Item -LiteralPath $target -Force }
    }
    [pscustomobject]@{
        Output = @($records | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] -and $_ -isnot [System.Management.Automation.WarningRecord] -and $_ -isnot [System.Management.Automation.InformationRecord] -and $_ -isnot [System.Management.Automation.VerboseRecord] -and $_ -isnot [System.Management.Automation.DebugRecord] })
        Warnings = @($records | Where-Object { $_ -is [System.Management.Automation.WarningRecord] } | ForEach-Object { $_.Message })
        Information = @($records | Where-Object { $_ -is [System.Management.Automation.InformationRecord] } | ForEach-Object { [string]$_.MessageData })
        Errors = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        Exception = $exception
        ExitCode = $global:LASTEXITCODE
        Refused = @($state.Refused | Select-Object -Skip $refusedBefore)
        Calls = @($state.Calls | Select-Object -Skip $callsBefore)
    }
}

function Get-SimulatedTarget {
    <#
    The simulated host stands in for Windows PowerShell 5.1 too: a script that requires the Desktop edition runs as a
    copy beside it (same folder, so $PSScriptRoot holds) whose '#Requires -PSEdition Desktop' line is blanked; every
    other byte is the same.
    #>
    param([string]$Path, [System.Management.Automation.Language.ScriptBlockAst]$Ast)
    $editions = @($Ast.ScriptRequirements | Where-Object { $_ } | ForEach-Object { $_.RequiredPSEditions })
    if ($editions.Count -eq 0 -or $editions -contains 'Core') { return $Path }
    $text = [System.IO.File]::ReadAllText($Path)
    $blanked = [regex]::Replace($text, '(?im)^#Requires -PSEdition Desktop\s*$', '# (simulated Windows PowerShell 5.1)')
    $copy = Join-Path (Split-Path -Parent $Path) ('.simulated-' + (Split-Path -Leaf $Path))
    [System.IO.File]::WriteAllText($copy, $blanked, [System.Text.UTF8Encoding]::new($true))
    return $copy
}

function Get-SimulatedModuleCommands {
    <# Get-Module -ListAvailable and Import-Module, answered for the modules this host has (GroupPolicy, ActiveDirectory). #>
    $state = [SimState]::Current
    $available = @()
    if ($state.HasGroupPolicyModule) { $available += 'GroupPolicy' }
    if ($state.HasActiveDirectoryModule) { $available += 'ActiveDirectory' }
    $getModule = {
        param([switch]$ListAvailable, [string[]]$Name)
        foreach ($wanted in $Name) {
            if ($available -contains $wanted) { [pscustomobject]@{ Name = $wanted; ModuleType = 'Manifest'; Version = [version]'1.0.0.0' } }
            elseif (@('GroupPolicy', 'ActiveDirectory') -notcontains $wanted) { throw "The simulated host does not know the module '$wanted'." }
        }
    }.GetNewClosure()
    $importModule = {
        param([Parameter(Position = 0)][string[]]$Name)
        foreach ($wanted in $Name) {
            if ($available -notcontains $wanted) { throw "The specified module '$wanted' was not loaded because no valid module file was found in any module directory." }
        }
    }.GetNewClosure()
    return @{ 'Get-Module' = $getModule; 'Import-Module' = $importModule }
}
