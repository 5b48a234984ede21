# Every generated .ps1 parses with PowerShell's own parser, with zero errors. DSC configurations need the DSC module's
# schema store to parse as 'Configuration' (not on Linux), so their text is parsed with 'Configuration' read as
# 'function' (every statement and expression in it is then checked) and every resource block is checked against the
# properties its DSC resource has. What stays unchecked: compiling the configuration to MOF.
param([string[]]$Folders, [hashtable]$DscResources)

BeforeDiscovery {
    $scripts = foreach ($folder in $Folders) {
        foreach ($file in Get-ChildItem -LiteralPath $folder -Recurse -File -Filter *.ps1) {
            @{ Path = $file.FullName; Name = [System.IO.Path]::GetRelativePath((Split-Path -Parent $folder), $file.FullName); Dsc = $file.Directory.Name -eq 'dsc' }
        }
    }
    $plain = @($scripts | Where-Object { -not $_.Dsc })
    $dsc = @($scripts | Where-Object { $_.Dsc })
}

BeforeAll {
    function Get-ParseErrors([string]$Text, [string]$Path) {
        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Text, $Path, [ref]$tokens, [ref]$errors)
        return [pscustomobject]@{ Ast = $ast; Errors = @($errors | ForEach-Object { '{0}({1},{2}): {3}' -f $Path, $_.Extent.StartLineNumber, $_.Extent.StartColumnNumber, $_.Message }) }
    }

    # Read as PowerShell, a DSC keyword ('Node $name', 'Registry 'x'') is a command and its { } block the next statement.
    function Get-KeywordBlock([System.Management.Automation.Language.CommandAst]$Keyword) {
        $statements = $Keyword.Parent.Parent.Statements
        $next = $statements[$statements.IndexOf($Keyword.Parent) + 1]
        $next.PipelineElements[0].Expression | Should -BeOfType ([System.Management.Automation.Language.ScriptBlockExpressionAst])
        return $next.PipelineElements[0].Expression.ScriptBlock
    }

    function Get-KeywordBlocks([System.Management.Automation.Language.ScriptBlockAst]$Block) {
        foreach ($statement in $Block.EndBlock.Statements) {
            $command = $statement.PipelineElements[0]
            if ($command -is [System.Management.Automation.Language.CommandAst] -and $command.CommandElements.Count -eq 2) {
                [pscustomobject]@{ Type = $command.GetCommandName(); Block = Get-KeywordBlock $command }
            }
        }
    }

    function ConvertTo-FunctionText([string]$Text) {
        $count = [regex]::Matches($Text, '(?m)^Configuration\s+\S+\s*$').Count
        $count | Should -Be 1 -Because 'a generated DSC file holds one configuration'
        return [regex]::Replace($Text, '(?m)^Configuration(\s+\S+\s*)$', 'function$1')
    }
}

Describe 'Generated script <Name>' -ForEach $plain {
    It 'parses with zero errors' {
        $tokens = $null
        $errors = $null
        [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors) | Out-Null
        @($errors | ForEach-Object { '({0},{1}): {2}' -f $_.Extent.StartLineNumber, $_.Extent.StartColumnNumber, $_.Message }) | Should -BeNullOrEmpty
    }
}

Describe 'DSC configuration <Name>' -ForEach $dsc {
    BeforeAll {
        $text = [System.IO.File]::ReadAllText($Path)
        $parsed = Get-ParseErrors (ConvertTo-FunctionText $text) $Path
    }

    It 'parses with zero errors when Configuration is read as function' {
        $parsed.Errors | Should -BeNullOrEmpty
    }

    It 'uses DSC resources and properties that exist' {
        $nodes = @($parsed.Ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] -and $n.GetCommandName() -eq 'Node' }, $true))
        $nodes.Count | Should -Be 1
        $resources = @(Get-KeywordBlocks (Get-KeywordBlock $nodes[0]))
        $resources.Count | Should -BeGreaterThan 0
        foreach ($resource in $resources) {
            $DscResources.Keys | Should -Contain $resource.Type
            foreach ($statement in $resource.Block.EndBlock.Statements) {
                $assignment = $statement.PipelineElements[0].CommandElements
                [string]$assignment[1] | Should -Be '=' -Because "$($resource.Type) blocks hold 'Property = value' lines"
                $DscResources[$resource.Type] | Should -Contain $assignment[0].Value -Because "$($resource.Type) has no property '$($assignment[0].Value)'"
            }
        }
    }
}
