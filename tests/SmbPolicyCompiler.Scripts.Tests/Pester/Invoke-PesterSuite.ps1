# Runs one Pester suite for the xunit tests (PesterSuite.cs): imports Pester from its NuGet package folder, hands the
# suite its data (a JSON file written by the test) and writes the results as NUnit 3 XML, which the test reads.
param(
    [Parameter(Mandatory)][string]$PesterModule,
    [Parameter(Mandatory)][string]$Suite,
    [Parameter(Mandatory)][string]$DataFile,
    [Parameter(Mandatory)][string]$ResultFile
)
$ErrorActionPreference = 'Stop'
Import-Module -Name $PesterModule -Force
$data = [System.IO.File]::ReadAllText($DataFile) | ConvertFrom-Json -AsHashtable
$configuration = New-PesterConfiguration
$configuration.Run.Container = New-PesterContainer -Path $Suite -Data $data
$configuration.Output.Verbosity = 'Normal'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputPath = $ResultFile
$configuration.TestResult.OutputFormat = 'NUnit3'
Invoke-Pester -Configuration $configuration
