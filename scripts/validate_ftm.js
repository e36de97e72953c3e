#!/usr/bin/env node
// Check FollowTheMoney entities, one JSON object a line, against FtM's own
// model: the schema definitions that the npm package @alephdata/followthemoney
// ships (defaultModel), read through the package's Model class.
//
// Usage: node validate_ftm.js ENTITIES.json   (with NODE_PATH naming the
// node_modules folder that holds @alephdata/followthemoney)
//
// For every entity: the id is a non-empty string, unique in the file; the
// schema exists and is not abstract; every property is one the schema has
// (itself or inherited), not deprecated; every value is a string within the
// property's maximum length and of the property's type (an entity reference
// names an entity of the file whose schema is the property's range or a
// subtype of it; a date is a prefix of ISO 8601; a country, language, topic
// or gender is one of the type's values; a url parses as an http(s) URL);
// and every property the schema requires is there.
'use strict';
const fs = require('fs');
const ftm = require('@alephdata/followthemoney');

const model = new ftm.Model(ftm.defaultModel);
const path = process.argv[2];
if (!path) {
  console.error('usage: node validate_ftm.js ENTITIES.json');
  process.exit(2);
}

const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const errors = [];
const entities = [];
const byId = new Map();
fs.readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
  if (line === '') return;
  let e;
  try {
    e = JSON.parse(line);
  } catch (err) {
    errors.push(`line ${i + 1}: not JSON: ${err.message}`);
    return;
  }
  if (typeof e.id !== 'string' || e.id === '') {
    errors.push(`line ${i + 1}: no id`);
    return;
  }
  if (byId.has(e.id)) errors.push(`${e.id}: id used twice`);
  byId.set(e.id, e);
  entities.push(e);
});

function validDate(v) {
  if (!DATE.test(v)) return false;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined) {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return false;
  }
  return true;
}

function checkValue(e, prop, v) {
  const type = prop.type;
  if (typeof v !== 'string') return `value ${JSON.stringify(v)} is not a string`;
  if (v.length > prop.maxLength) return `value longer than ${prop.maxLength}`;
  if (type.isEntity) {
    const target = byId.get(v);
    if (!target) return `refers to ${v}, which is not in the file`;
    const range = prop.getRange();
    let schema;
    try {
      schema = model.getSchema(target.schema);
    } catch (err) {
      return `refers to ${v}, of an unknown schema`;
    }
    if (!schema.isA(range)) return `refers to ${v}, a ${schema.name}, not a ${range.name}`;
    return null;
  }
  if (type.values && type.values.size > 0 && !type.values.has(v)) {
    return `${JSON.stringify(v)} is not a ${type.name} FtM knows`;
  }
  if (type.name === 'date' && !validDate(v)) return `${JSON.stringify(v)} is not a date`;
  if (type.name === 'url') {
    try {
      const u = new URL(v);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return `${v} is not an http(s) URL`;
    } catch (err) {
      return `${JSON.stringify(v)} is not a URL`;
    }
  }
  return null;
}

const counts = {};
for (const e of entities) {
  let schema;
  try {
    schema = model.getSchema(e.schema);
  } catch (err) {
    errors.push(`${e.id}: schema ${JSON.stringify(e.schema)} does not exist`);
    continue;
  }
  if (!schema) {
    errors.push(`${e.id}: schema ${JSON.stringify(e.schema)} does not exist`);
    continue;
  }
  if (schema.abstract) errors.push(`${e.id}: schema ${schema.name} is abstract`);
  counts[schema.name] = (counts[schema.name] || 0) + 1;
  const props = e.properties;
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    errors.push(`${e.id}: properties is not an object`);
    continue;
  }
  for (const [name, values] of Object.entries(props)) {
    if (!schema.hasProperty(name)) {
      errors.push(`${e.id}: ${schema.name} has no property ${name}`);
      continue;
    }
    const prop = schema.getProperty(name);
    if (prop.deprecated) errors.push(`${e.id}: ${schema.name}:${name} is deprecated`);
    if (!Array.isArray(values) || values.length === 0) {
      errors.push(`${e.id}: ${name} is not a non-empty list`);
      continue;
    }
    for (const v of values) {
      const problem = checkValue(e, prop, v);
      if (problem) errors.push(`${e.id}: ${name} (${prop.type.name}): ${problem}`);
    }
  }
  for (const name of schema.required) {
    if (!props[name]) errors.push(`${e.id}: ${schema.name} requires ${name}`);
  }
}

for (const err of errors) console.log(`ftm: ${err}`);
const summary = Object.keys(counts).sort().map((k) => `${k} ${counts[k]}`).join(', ');
console.log(`ftm: ${entities.length} entities (${summary}) checked against ` +
  `${model.getSchemata().length} FtM schemata, ${errors.length} errors`);
process.exit(errors.length ? 1 : 0);
