# The simulated Windows host: an in-memory HKLM, the SMB, CIM, GroupPolicy and ActiveDirectory cmdlets backed by it,
# and a guard that refuses every command a script under test calls that the simulation does not know.
# How to use it and how to extend it: README.md beside this file.
Set-StrictMode -Version 3.0

# ---- State -------------------------------------------------------------------------------------------------------

class SimValue {
    [string]$Name
    [Microsoft.Win32.RegistryValueKind]$Kind
    [object]$Data
}

class SimState {
    static [SimState]$Current

    [string]$ComputerName
    [string]$Domain = 'corp.contoso.com'
    [int]$Build
    [int]$Ubr = 1
    [bool]$IsAdministrator = $true
    # Windows 11 24H2 / Server 2025 may require signing when RequireSecuritySignature is absent (a licensing value;
    # Microsoft's pages disagree on which editions), so the simulation lets a test choose.
    [bool]$SigningRequiredByDefault = $false
    [bool]$HasGroupPolicyModule = $true
    [bool]$HasActiveDirectoryModule = $true
    [string]$Root
    [string]$ProgramData
    # key path (no hive) -> value name -> value; names are case-insensitive, as in Windows.
    [System.Collections.Generic.Dictionary[string, System.Collections.Generic.Dictionary[string, SimValue]]]$Keys
    [System.Collections.Generic.List[object]]$Calls = [System.Collections.Generic.List[object]]::new()
    [System.Collections.Generic.List[string]]$Refused = [System.Collections.Generic.List[string]]::new()
    [System.Collections.Generic.List[object]]$Events = [System.Collections.Generic.List[object]]::new()
    [hashtable]$Directory = @{ Computers = @{}; Groups = @{}; Containers = @{} }
    [hashtable]$Gpos = @{}
    [System.Collections.Generic.List[object]]$Links = [System.Collections.Generic.List[object]]::new()

    SimState() {
        $this.Keys = [System.Collections.Generic.Dictionary[string, System.Collections.Generic.Dictionary[string, SimValue]]]::new([System.StringComparer]::OrdinalIgnoreCase)
    }

    [void] Record([string]$command, [System.Collections.IDictionary]$parameters) {
        $names = [string[]]@($parameters.Keys)
        [System.Array]::Sort($names, [System.StringComparer]::OrdinalIgnoreCase)
        $copy = [ordered]@{}
        foreach ($key in $names) { $copy[$key] = $parameters[$key] }
        $this.Calls.Add([pscustomobject]@{ Command = $command; Parameters = $copy })
    }

    static [string] KeyPath([string]$path) {
        return (($path -replace '\\+', '\').Trim('\'))
    }

    [bool] KeyExists([string]$path) { return $this.Keys.ContainsKey([SimState]::KeyPath($path)) }

    [void] CreateKey([string]$path) {
        $parts = [SimState]::KeyPath($path).Split('\')
        for ($i = 1; $i -le $parts.Count; $i++) {
            $key = $parts[0..($i - 1)] -join '\'
            if (-not $this.Keys.ContainsKey($key)) {
                $this.Keys[$key] = [System.Collections.Generic.Dictionary[string, SimValue]]::new([System.StringComparer]::OrdinalIgnoreCase)
            }
        }
    }

    [SimValue] GetValue([string]$path, [string]$name) {
        $values = $null
        if (-not $this.Keys.TryGetValue([SimState]::KeyPath($path), [ref]$values)) { return $null }
        $value = $null
        if ($values.TryGetValue($name, [ref]$value)) { return $value }
        return $null
    }

    [void] SetValue([string]$path, [string]$name, [Microsoft.Win32.RegistryValueKind]$kind, [object]$data) {
        $this.CreateKey($path)
        $values = $this.Keys[[SimState]::KeyPath($path)]
        $existing = $null
        $valueName = $name
        if ($values.TryGetValue($name, [ref]$existing)) { $valueName = $existing.Name }
        $values[$name] = [SimValue]@{ Name = $valueName; Kind = $kind; Data = $data }
    }

    [bool] RemoveValue([string]$path, [string]$name) {
        $values = $null
        if (-not $this.Keys.TryGetValue([SimState]::KeyPath($path), [ref]$values)) { return $false }
        return $values.Remove($name)
    }

    [string[]] ValueNames([string]$path) {
        $values = $null
        if (-not $this.Keys.TryGetValue([SimState]::KeyPath($path), [ref]$values)) { return @() }
        $names = [System.Collections.Generic.List[string]]::new()
        foreach ($value in $values.Values) { $names.Add($value.Name) }
        return $names.ToArray()
    }

    [string[]] SubKeyNames([string]$path) {
        $prefix = [SimState]::KeyPath($path)
        if ($prefix) { $prefix += '\' }
        $names = [System.Collections.Generic.List[string]]::new()
        foreach ($key in $this.Keys.Keys) {
            if ($key.Length -gt $prefix.Length -and $key.StartsWith($prefix, [System.StringComparison]::OrdinalIgnoreCase) -and $key.IndexOf('\', $prefix.Length) -lt 0) {
                $names.Add($key.Substring($prefix.Length))
            }
        }
        return $names.ToArray()
    }

    # The whole registry as sorted lines, for before/after comparisons.
    [string[]] Dump() {
        $lines = [System.Collections.Generic.List[string]]::new()
        foreach ($key in $this.Keys.Keys) {
            $lines.Add('HKLM\' + $key + '\')
            foreach ($value in $this.Keys[$key].Values) {
                $lines.Add(('HKLM\{0}\{1} = {2} {3}' -f $key, $value.Name, $value.Kind, [SimState]::Format($value.Data)))
            }
        }
        $sorted = [string[]]$lines.ToArray()
        [System.Array]::Sort($sorted, [System.StringComparer]::OrdinalIgnoreCase)
        return $sorted
    }

    static [string] Format([object]$data) {
        if ($data -is [byte[]]) { return [System.Convert]::ToHexString([byte[]]$data).ToLowerInvariant() }
        if ($data -is [string[]]) { return ('[' + [string]::Join(', ', [string[]]$data) + ']') }
        return [string]$data
    }
}

. $PSScriptRoot/Registry.ps1
. $PSScriptRoot/Platform.ps1
. $PSScriptRoot/Guard.ps1
. $PSScriptRoot/Host.ps1
. $PSScriptRoot/Smb.ps1
. $PSScriptRoot/Cim.ps1
. $PSScriptRoot/WinEvent.ps1
. $PSScriptRoot/GroupPolicy.ps1
. $PSScriptRoot/ActiveDirectory.ps1
. $PSScriptRoot/ScheduledTasks.ps1
. $PSScriptRoot/EventLog.ps1
. $PSScriptRoot/Graph.ps1

Register-SimulatedTypes
Export-ModuleMember -Function @(
    'New-SimulatedHost', 'Invoke-SimulatedScript', 'Get-SimulatedRegistry', 'Set-SimulatedRegistryValue', 'Get-SimulatedRegistryValue',
    'Get-SimulatedCalls', 'Assert-SimulatedPath', 'Get-SimulatedState', 'Add-SimulatedEvent', 'Add-SimulatedComputer', 'Add-SimulatedGroup', 'Add-SimulatedContainer',
    'Add-SimulatedGpo', 'Add-SimulatedLink', 'Get-SimulatedGpo', 'Get-SimulatedLinks',
    'Get-SmbServerConfiguration', 'Set-SmbServerConfiguration', 'Get-SmbClientConfiguration', 'Set-SmbClientConfiguration',
    'Get-CimInstance', 'Get-WinEvent',
    'Import-GPO', 'New-GPO', 'Get-GPO', 'Remove-GPO', 'New-GPLink', 'Set-GPLink', 'Remove-GPLink', 'Set-GPPermission', 'Get-GPPermission',
    'Get-GPInheritance', 'Get-ADComputer', 'Get-ADGroup', 'Get-ADObject', 'Get-ADDomain',
    'Invoke-MgGraphRequest', 'Reset-SimulatedGraph', 'Get-SimulatedGraphPolicies', 'Get-SimulatedGraphFilters', 'Get-SimulatedGraphAssignments'
)
# The monitors' commands (ScheduledTasks.ps1, EventLog.ps1), apart so that both lists merge easily.
Export-ModuleMember -Function @(
    'Get-SimulatedTasks', 'Add-SimulatedUserDataEvent', 'New-ScheduledTaskAction', 'New-ScheduledTaskTrigger', 'New-ScheduledTaskPrincipal',
    'New-ScheduledTaskSettingsSet', 'Register-ScheduledTask', 'Get-ScheduledTask', 'Unregister-ScheduledTask', 'New-EventLog', 'Write-EventLog'
)
