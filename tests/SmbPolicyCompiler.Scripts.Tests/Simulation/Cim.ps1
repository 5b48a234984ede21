# Get-CimInstance for the two classes the collector reads; any other class is refused.

function Get-CimInstance {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string]$ClassName, [string]$Namespace = 'root/cimv2')
    $state = [SimState]::Current
    $state.Record('Get-CimInstance', $PSBoundParameters)
    $shortDomain = $state.Domain.Split('.')[0].ToUpperInvariant()
    switch ($ClassName) {
        'Win32_OperatingSystem' {
            [pscustomobject]@{
                Caption = $script:Captions[$state.Build]; Version = "10.0.$($state.Build)"; BuildNumber = [string]$state.Build
                CSName = $state.ComputerName; OSArchitecture = '64-bit'
            }
        }
        'Win32_ComputerSystem' {
            [pscustomobject]@{ Name = $state.ComputerName; DNSHostName = $state.ComputerName.ToLowerInvariant(); Domain = $state.Domain; PartOfDomain = $true; Workgroup = $null; UserName = "$shortDomain\admin" }
        }
        default { $state.Refused.Add("Get-CimInstance $ClassName"); throw "The simulated host does not serve the CIM class '$ClassName'." }
    }
}
