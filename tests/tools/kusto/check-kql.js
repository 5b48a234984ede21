// Parses KQL with Microsoft's Kusto parser (@kusto/language-service-next) and prints every diagnostic as JSON.
// Usage: node check-kql.js <schema.json> <file.kql>...
// schema.json: { "tables": { "<name>": "(<column>:<type>, ...)" },
//                "functions": [ { "name": "...", "parameters": "(<p>:<type>)", "body": "{ ... }" } ] }
// Output (stdout): [ { "file": "...", "diagnostics": [ { "code", "severity", "message", "start", "length" } ] } ]
'use strict';
const fs = require('fs');
global.Bridge = require('@kusto/language-service-next/bridge.js');
require('@kusto/language-service-next/Kusto.Language.Bridge.js');

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node check-kql.js <schema.json> <file.kql>...');
  process.exit(2);
}

const K = Kusto.Language;
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const members = [];
for (const [name, columns] of Object.entries(schema.tables || {})) {
  members.push(new K.Symbols.TableSymbol.$ctor7(name, columns, null));
}
for (const f of schema.functions || []) {
  members.push(new K.Symbols.FunctionSymbol.$ctor16(f.name, f.parameters, f.body, null));
}
const database = new K.Symbols.DatabaseSymbol.$ctor2('workspace', null, members);
const globals = K.GlobalState.Default.WithDatabase(database);

const results = files.map(file => {
  const code = K.KustoCode.ParseAndAnalyze(fs.readFileSync(file, 'utf8'), globals);
  const list = code.GetDiagnostics();
  const diagnostics = [];
  for (let i = 0; i < list.Count; i++) {
    const d = list.getItem(i);
    diagnostics.push({ code: d.Code, severity: d.Severity, message: d.Message, start: d.Start, length: d.Length });
  }
  return { file, diagnostics };
});
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
