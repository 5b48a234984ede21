
$ErrorActionPreference = 'Stop'
if (-not (Get-Command -Name Invoke-MgGraphRequest -ErrorAction SilentlyContinue)) {
    throw 'Invoke-MgGraphRequest is not available: Install-Module Microsoft.Graph.Authentication, then Connect-MgGraph -Scopes DeviceManagementConfiguration.ReadWrite.All.'
}

foreach ($policy in $Policies) {
    $path = Join-Path -Path $PSScriptRoot -ChildPath $policy.File
    $body = Get-Content -LiteralPath $path -Raw -Encoding utf8
    if ((ConvertFrom-Json -InputObject $body).name -cne $policy.Name) {
        throw "$path does not hold the policy '$($policy.Name)'; compile the policy again."
    }

    $filter = "name eq '" + $policy.Name.Replace("'", "''") + "'"
    $found = @((Invoke-MgGraphRequest -Method GET -Uri ($Endpoint + '?$filter=' + [uri]::EscapeDataString($filter))).value)
    if ($found.Count -gt 1) {
        throw "Intune has $($found.Count) policies named '$($policy.Name)'; delete all but one, then run this again."
    }

    if ($found.Count -eq 1) {
        $uri = $Endpoint + "('" + [uri]::EscapeDataString([string]$found[0].id) + "')"
        if ($PSCmdlet.ShouldProcess($policy.Name, 'Replace the settings of the Intune policy')) {
            Invoke-MgGraphRequest -Method PUT -Uri $uri -Body $body -ContentType 'application/json' | Out-Null
            Write-Host "Replaced Intune policy '$($policy.Name)' ($($found[0].id))."
        }
    }
    elseif ($PSCmdlet.ShouldProcess($policy.Name, 'Create the Intune policy')) {
        $created = Invoke-MgGraphRequest -Method POST -Uri $Endpoint -Body $body -ContentType 'application/json'
        Write-Host "Created Intune policy '$($policy.Name)' ($($created.id))."
    }
}
