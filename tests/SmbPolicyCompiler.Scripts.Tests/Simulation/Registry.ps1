# Microsoft.Win32.RegistryKey, simulated: the members the generated scripts use, with .NET's behaviour (OpenSubKey
# returns $null for a missing key, GetValueKind throws for a missing value, SetValue converts like .NET and refuses a
# read-only key). Any other member does not exist here, so a script that calls one fails.

class SimRegistryKey {
    hidden [string]$Path
    hidden [bool]$Writable
    [string]$Name

    SimRegistryKey([string]$path, [bool]$writable) {
        $this.Path = [SimState]::KeyPath($path)
        $this.Writable = $writable
        $this.Name = ('HKEY_LOCAL_MACHINE\' + $this.Path).TrimEnd('\')
    }

    static [SimRegistryKey] OpenBaseKey([Microsoft.Win32.RegistryHive]$hive, [Microsoft.Win32.RegistryView]$view) {
        if ($hive -ne [Microsoft.Win32.RegistryHive]::LocalMachine) {
            throw [System.NotSupportedException]::new("The simulated host has only HKEY_LOCAL_MACHINE, not $hive.")
        }
        return [SimRegistryKey]::new('', $true)
    }

    hidden [string] Child([string]$name) {
        if ($this.Path) { return [SimState]::KeyPath($this.Path + '\' + $name) }
        return [SimState]::KeyPath($name)
    }

    [SimRegistryKey] OpenSubKey([string]$name) { return $this.OpenSubKey($name, $false) }

    [SimRegistryKey] OpenSubKey([string]$name, [bool]$writable) {
        $child = $this.Child($name)
        if (-not [SimState]::Current.KeyExists($child)) { return $null }
        return [SimRegistryKey]::new($child, $writable)
    }

    [SimRegistryKey] CreateSubKey([string]$name) {
        if (-not $this.Writable) { throw [System.UnauthorizedAccessException]::new('Cannot write to the registry key.') }
        $child = $this.Child($name)
        [SimState]::Current.CreateKey($child)
        return [SimRegistryKey]::new($child, $true)
    }

    [string[]] GetValueNames() { return [SimState]::Current.ValueNames($this.Path) }

    [string[]] GetSubKeyNames() { return [SimState]::Current.SubKeyNames($this.Path) }

    [void] DeleteSubKey([string]$name) { $this.DeleteSubKey($name, $true) }

    [void] DeleteSubKey([string]$name, [bool]$throwOnMissingSubKey) {
        if (-not $this.Writable) { throw [System.UnauthorizedAccessException]::new('Cannot write to the registry key.') }
        $child = $this.Child($name)
        $state = [SimState]::Current
        if (-not $state.KeyExists($child)) {
            if ($throwOnMissingSubKey) { throw [System.ArgumentException]::new('Cannot delete a subkey tree because the subkey does not exist.') }
            return
        }
        if ($state.SubKeyNames($child).Count -gt 0) { throw [System.InvalidOperationException]::new('Registry key has subkeys and recursive removes are not supported by this method.') }
        [void]$state.Keys.Remove($child)
    }

    [Microsoft.Win32.RegistryValueKind] GetValueKind([string]$name) {
        $value = [SimState]::Current.GetValue($this.Path, $name)
        if ($null -eq $value) { throw [System.IO.IOException]::new('The system cannot find the file specified.') }
        return $value.Kind
    }

    [object] GetValue([string]$name) { return $this.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::None) }

    [object] GetValue([string]$name, [object]$defaultValue) { return $this.GetValue($name, $defaultValue, [Microsoft.Win32.RegistryValueOptions]::None) }

    [object] GetValue([string]$name, [object]$defaultValue, [Microsoft.Win32.RegistryValueOptions]$options) {
        $value = [SimState]::Current.GetValue($this.Path, $name)
        if ($null -eq $value) { return $defaultValue }
        $data = $value.Data
        if ($value.Kind -eq [Microsoft.Win32.RegistryValueKind]::ExpandString -and -not ($options -band [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)) {
            return [System.Environment]::ExpandEnvironmentVariables([string]$data)
        }
        if ($data -is [array]) { return $data.Clone() }
        return $data
    }

    [void] SetValue([string]$name, [object]$value) {
        $kind = [Microsoft.Win32.RegistryValueKind]::String
        if ($value -is [int]) { $kind = [Microsoft.Win32.RegistryValueKind]::DWord }
        elseif ($value -is [string[]]) { $kind = [Microsoft.Win32.RegistryValueKind]::MultiString }
        elseif ($value -is [byte[]]) { $kind = [Microsoft.Win32.RegistryValueKind]::Binary }
        $this.SetValue($name, $value, $kind)
    }

    [void] SetValue([string]$name, [object]$value, [Microsoft.Win32.RegistryValueKind]$kind) {
        if (-not $this.Writable) { throw [System.UnauthorizedAccessException]::new('Cannot write to the registry key.') }
        if ($null -eq $value) { throw [System.ArgumentNullException]::new('value') }
        $invariant = [System.Globalization.CultureInfo]::InvariantCulture
        $mismatch = 'The type of the value object did not match the specified RegistryValueKind or the object could not be properly converted.'
        $data = $null
        try {
            switch ($kind) {
                'String' { $data = [string]$value.ToString() }
                'ExpandString' { $data = [string]$value.ToString() }
                'DWord' { $data = [System.Convert]::ToInt32($value, $invariant) }
                'QWord' { $data = [System.Convert]::ToInt64($value, $invariant) }
                'MultiString' {
                    if ($value -isnot [string[]]) { throw [System.ArgumentException]::new($mismatch) }
                    foreach ($item in $value) { if ($null -eq $item) { throw [System.ArgumentException]::new('RegistryKey.SetValue does not allow a String[] that contains a null String reference.') } }
                    $data = [string[]]$value.Clone()
                }
                { $_ -eq 'Binary' -or $_ -eq 'None' } {
                    if ($value -isnot [byte[]]) { throw [System.ArgumentException]::new($mismatch) }
                    $data = [byte[]]$value.Clone()
                }
                default { throw [System.ArgumentException]::new("The simulated registry does not store $kind values.") }
            }
        }
        catch [System.OverflowException], [System.FormatException], [System.InvalidCastException] {
            throw [System.ArgumentException]::new($mismatch)
        }
        [SimState]::Current.SetValue($this.Path, $name, $kind, $data)
    }

    [void] DeleteValue([string]$name) { $this.DeleteValue($name, $true) }

    [void] DeleteValue([string]$name, [bool]$throwOnMissingValue) {
        if (-not $this.Writable) { throw [System.UnauthorizedAccessException]::new('Cannot write to the registry key.') }
        if (-not [SimState]::Current.RemoveValue($this.Path, $name) -and $throwOnMissingValue) {
            throw [System.ArgumentException]::new('No value exists with that name.')
        }
    }

    [void] Close() { }

    [void] Dispose() { }

    [string] ToString() { return $this.Name }
}
