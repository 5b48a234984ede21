# Get-/Set-SmbServerConfiguration and Get-/Set-SmbClientConfiguration, backed by the registry store.
# ASSUMPTION (not verified on Windows; Microsoft documents the parameters, not where they are kept): the Set cmdlets
# write the Services path (HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer|LanmanWorkstation\Parameters), and the
# Get cmdlets report that value, or Windows' default when it is absent. Whether Get also reads the Policies key is
# not known; the scripts use a cmdlet only for settings Group Policy keeps in the Services path, so both readings
# give the same results here. Which parameters exist depends on the build, as in Microsoft's per-release docs.

$script:SmbProperties = @{
    Server = @(
        @{ Name = 'AuditSmb1Access'; Value = 'AuditSmb1Access'; Kind = 'Boolean'; Default = $false; Since = 14393 }
        @{ Name = 'EnableSMB1Protocol'; Value = 'SMB1'; Kind = 'Boolean'; Default = $true; Since = 0 }
        @{ Name = 'EnableSMB2Protocol'; Value = 'SMB2'; Kind = 'Boolean'; Default = $true; Since = 0 }
        @{ Name = 'EnableSecuritySignature'; Value = 'EnableSecuritySignature'; Kind = 'Boolean'; Default = $false; Since = 0 }
        @{ Name = 'RequireSecuritySignature'; Value = 'RequireSecuritySignature'; Kind = 'Boolean'; Default = 'SigningDefault'; Since = 0 }
        @{ Name = 'SmbServerNameHardeningLevel'; Value = 'SmbServerNameHardeningLevel'; Kind = 'UInt32'; Default = 0; Since = 0 }
        @{ Name = 'EncryptData'; Value = 'EncryptData'; Kind = 'Boolean'; Default = $false; Since = 0 }
        @{ Name = 'RejectUnencryptedAccess'; Value = 'RejectUnencryptedAccess'; Kind = 'Boolean'; Default = $true; Since = 0 }
        @{ Name = 'AuditClientDoesNotSupportEncryption'; Value = 'AuditClientDoesNotSupportEncryption'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'AuditClientDoesNotSupportSigning'; Value = 'AuditClientDoesNotSupportSigning'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'AuditInsecureGuestLogon'; Value = 'AuditInsecureGuestLogon'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'InvalidAuthenticationDelayTimeInMs'; Value = 'InvalidAuthenticationDelayTimeInMs'; Kind = 'UInt32'; Default = 2000; Since = 26100 }
        @{ Name = 'Smb2DialectMin'; Value = 'MinSmb2Dialect'; Kind = 'Dialect'; Default = 0; Since = 26100 }
        @{ Name = 'Smb2DialectMax'; Value = 'MaxSmb2Dialect'; Kind = 'Dialect'; Default = 0; Since = 26100 }
    )
    Client = @(
        @{ Name = 'EnableSecuritySignature'; Value = 'EnableSecuritySignature'; Kind = 'Boolean'; Default = $true; Since = 0 }
        @{ Name = 'RequireSecuritySignature'; Value = 'RequireSecuritySignature'; Kind = 'Boolean'; Default = 'SigningDefault'; Since = 0 }
        @{ Name = 'EnableInsecureGuestLogons'; Value = 'AllowInsecureGuestAuth'; Kind = 'Boolean'; Default = $false; Since = 17763 }
        @{ Name = 'AuditInsecureGuestLogon'; Value = 'AuditInsecureGuestLogon'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'AuditServerDoesNotSupportEncryption'; Value = 'AuditServerDoesNotSupportEncryption'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'AuditServerDoesNotSupportSigning'; Value = 'AuditServerDoesNotSupportSigning'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'RequireEncryption'; Value = 'RequireEncryption'; Kind = 'Boolean'; Default = $false; Since = 26100 }
        @{ Name = 'Smb2DialectMin'; Value = 'MinSmb2Dialect'; Kind = 'Dialect'; Default = 0; Since = 26100 }
        @{ Name = 'Smb2DialectMax'; Value = 'MaxSmb2Dialect'; Kind = 'Dialect'; Default = 0; Since = 26100 }
    )
}

$script:Dialects = [ordered]@{ None = 0; SMB202 = 0x202; SMB210 = 0x210; SMB300 = 0x300; SMB302 = 0x302; SMB311 = 0x311 }

function Get-SimulatedSmbKey([string]$Side) {
    if ($Side -eq 'Server') { return 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters' }
    return 'SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters'
}

function Get-SimulatedSmbProperties([string]$Side) {
    $build = [SimState]::Current.Build
    return @($script:SmbProperties[$Side] | Where-Object { $build -ge $_.Since })
}

function Get-SimulatedSmbConfiguration([string]$Side) {
    $state = [SimState]::Current
    $key = Get-SimulatedSmbKey $Side
    $class = 'MSFT_Smb{0}Configuration' -f $Side
    $result = [ordered]@{}
    $cim = [System.Collections.Generic.List[object]]::new()
    foreach ($property in Get-SimulatedSmbProperties $Side) {
        $stored = $state.GetValue($key, $property.Value)
        $value = $property.Default
        if ($value -is [string]) { $value = $state.Build -ge 26100 -and $state.SigningRequiredByDefault }
        if ($null -ne $stored -and $stored.Kind -eq 'DWord') {
            $number = [uint32][System.BitConverter]::ToUInt32([System.BitConverter]::GetBytes([int]$stored.Data), 0)
            $value = switch ($property.Kind) { 'Boolean' { $number -ne 0 } default { $number } }
        }
        if ($property.Kind -ne 'Boolean') { $value = [uint32]$value }
        $result[$property.Name] = $value
        $cim.Add([pscustomobject]@{ Name = $property.Name; Value = $value; CimType = $property.Kind })
    }
    $object = [pscustomobject]$result
    $object.PSObject.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#ROOT/Microsoft/Windows/SMB/$class")
    $object | Microsoft.PowerShell.Utility\Add-Member -NotePropertyName CimInstanceProperties -NotePropertyValue $cim.ToArray()
    $object | Microsoft.PowerShell.Utility\Add-Member -NotePropertyName CimClass -NotePropertyValue "ROOT/Microsoft/Windows/SMB:$class"
    return $object
}

function New-SimulatedSmbParameters([string]$Side) {
    $parameters = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
    foreach ($property in Get-SimulatedSmbProperties $Side) {
        $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $attributes.Add([System.Management.Automation.ParameterAttribute]@{ ValueFromPipelineByPropertyName = $true })
        $type = [bool]
        if ($property.Kind -eq 'UInt32') { $type = [uint32] }
        if ($property.Kind -eq 'Dialect') { $type = [string]; $attributes.Add([System.Management.Automation.ValidateSetAttribute]::new([string[]]@($script:Dialects.Keys))) }
        $parameters.Add($property.Name, [System.Management.Automation.RuntimeDefinedParameter]::new($property.Name, $type, $attributes))
    }
    return $parameters
}

function Set-SimulatedSmbConfiguration([string]$Side, [hashtable]$Bound) {
    $state = [SimState]::Current
    $state.Record("Set-Smb${Side}Configuration", $Bound)
    $key = Get-SimulatedSmbKey $Side
    foreach ($property in Get-SimulatedSmbProperties $Side) {
        if (-not $Bound.ContainsKey($property.Name)) { continue }
        $value = $Bound[$property.Name]
        $number = switch ($property.Kind) { 'Boolean' { [int][bool]$value } 'Dialect' { $script:Dialects[[string]$value] } default { [int][uint32]$value } }
        $existing = $state.GetValue($key, $property.Value)
        $name = $property.Value
        if ($existing) { $name = $existing.Name }
        $state.SetValue($key, $name, 'DWord', [int]$number)
    }
}

function Get-SmbServerConfiguration {
    [CmdletBinding()]
    param()
    [SimState]::Current.Record('Get-SmbServerConfiguration', $PSBoundParameters)
    Get-SimulatedSmbConfiguration Server
}

function Set-SmbServerConfiguration {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([switch]$Force)
    dynamicparam { New-SimulatedSmbParameters Server }
    end {
        if ($Force -and -not $PSBoundParameters.ContainsKey('Confirm')) { $ConfirmPreference = 'None' }
        if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, 'Set-SmbServerConfiguration')) { Set-SimulatedSmbConfiguration Server ([hashtable]$PSBoundParameters) }
    }
}

function Get-SmbClientConfiguration {
    [CmdletBinding()]
    param()
    [SimState]::Current.Record('Get-SmbClientConfiguration', $PSBoundParameters)
    Get-SimulatedSmbConfiguration Client
}

function Set-SmbClientConfiguration {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([switch]$Force)
    dynamicparam { New-SimulatedSmbParameters Client }
    end {
        if ($Force -and -not $PSBoundParameters.ContainsKey('Confirm')) { $ConfirmPreference = 'None' }
        if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, 'Set-SmbClientConfiguration')) { Set-SimulatedSmbConfiguration Client ([hashtable]$PSBoundParameters) }
    }
}
