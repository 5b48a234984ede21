# .NET types the generated scripts call that work only on Windows, simulated. Register-SimulatedTypes points the
# scripts' spelling of each type at its stand-in (PowerShell resolves a type accelerator before the assemblies), so a
# script run under the simulation reaches this host instead of the real platform.

class SimWindowsIdentity {
    [string]$Name
    static [SimWindowsIdentity] GetCurrent() { return [SimWindowsIdentity]@{ Name = [SimState]::Current.ComputerName + '\Administrator' } }
}

class SimWindowsPrincipal {
    hidden [SimWindowsIdentity]$Identity
    SimWindowsPrincipal([SimWindowsIdentity]$identity) { $this.Identity = $identity }
    [bool] IsInRole([System.Security.Principal.WindowsBuiltInRole]$role) {
        return $role -eq [System.Security.Principal.WindowsBuiltInRole]::Administrator -and [SimState]::Current.IsAdministrator
    }
}

class SimNTAccount {
    [string]$Value
    SimNTAccount([string]$value) { $this.Value = $value }
    [string] ToString() { return $this.Value }
}

class SimSecurityIdentifier {
    static [hashtable]$WellKnown = @{ 'S-1-5-11' = 'NT AUTHORITY\Authenticated Users'; 'S-1-5-18' = 'NT AUTHORITY\SYSTEM'; 'S-1-5-32-544' = 'BUILTIN\Administrators' }
    [string]$Value
    SimSecurityIdentifier([string]$sid) { $this.Value = $sid }
    [object] Translate([type]$targetType) {
        if (-not [SimSecurityIdentifier]::WellKnown.ContainsKey($this.Value)) {
            throw [System.InvalidOperationException]::new("Some or all identity references could not be translated ($($this.Value) is not a well-known SID of the simulated host).")
        }
        return [SimNTAccount]::new([SimSecurityIdentifier]::WellKnown[$this.Value])
    }
    [string] ToString() { return $this.Value }
}

class SimDns {
    static [string] GetHostName() { return [SimState]::Current.ComputerName }
}

function Register-SimulatedTypes {
    $accelerators = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')
    $standIns = [ordered]@{
        'Microsoft.Win32.RegistryKey' = [SimRegistryKey]
        'Security.Principal.WindowsIdentity' = [SimWindowsIdentity]
        'Security.Principal.WindowsPrincipal' = [SimWindowsPrincipal]
        'Security.Principal.SecurityIdentifier' = [SimSecurityIdentifier]
        'Security.Principal.NTAccount' = [SimNTAccount]
        'Net.Dns' = [SimDns]
    }
    foreach ($entry in $standIns.GetEnumerator()) {
        $accelerators::Add($entry.Key, $entry.Value)
        if (-not $entry.Key.StartsWith('Microsoft.')) { $accelerators::Add('System.' + $entry.Key, $entry.Value) }
    }
}
