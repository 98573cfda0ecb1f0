// @ts-nocheck -- ajv standalone output, untyped; project-settings.ts gives it its type.
// Generated from schemas/project-settings.schema.json by `npm run schema-validators` (scripts/schema-validators.js): do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"plugin-intuser project settings","description":"The \"plugins.intuser\" object of sfdx-project.json.","type":"object","additionalProperties":false,"properties":{"outputDir":{"description":"Where generated metadata goes, relative to the project root, for every command (generate, validate, deploy). Default: main/default in the default package directory. generate --output-dir overrides it for one run.","type":"string","minLength":1},"externalClientApps":{"type":"object","additionalProperties":false,"properties":{"permissionSetReference":{"description":"How commaSeparatedPermissionSet names the permission sets: by API name (default, as the documentation's sample does), or by Id (as the field's description says), which sf intuser deploy looks up in the target org.","type":"string","enum":["name","id"]},"globalOAuthSettings":{"description":"Whether to generate ExtlClntAppGlobalOauthSettings (default true). Deploying it needs the org setting \"Allow access to OAuth consumer secrets via Metadata API\"; without it, set false and set the callback URL and certificate in Setup.","type":"boolean"}}},"rules":{"description":"Severity of each validate rule: rule id -> error | warning | off.","type":"object","additionalProperties":{"type":"string"}}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "outputDir") || (key0 === "externalClientApps")) || (key0 === "rules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.outputDir !== undefined){
let data0 = data.outputDir;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/outputDir",schemaPath:"#/properties/outputDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/outputDir",schemaPath:"#/properties/outputDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.externalClientApps !== undefined){
let data1 = data.externalClientApps;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "permissionSetReference") || (key1 === "globalOAuthSettings"))){
const err3 = {instancePath:instancePath+"/externalClientApps",schemaPath:"#/properties/externalClientApps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.permissionSetReference !== undefined){
let data2 = data1.permissionSetReference;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/externalClientApps/permissionSetReference",schemaPath:"#/properties/externalClientApps/properties/permissionSetReference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data2 === "name") || (data2 === "id"))){
const err5 = {instancePath:instancePath+"/externalClientApps/permissionSetReference",schemaPath:"#/properties/externalClientApps/properties/permissionSetReference/enum",keyword:"enum",params:{allowedValues: schema11.properties.externalClientApps.properties.permissionSetReference.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.globalOAuthSettings !== undefined){
if(typeof data1.globalOAuthSettings !== "boolean"){
const err6 = {instancePath:instancePath+"/externalClientApps/globalOAuthSettings",schemaPath:"#/properties/externalClientApps/properties/globalOAuthSettings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/externalClientApps",schemaPath:"#/properties/externalClientApps/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.rules !== undefined){
let data4 = data.rules;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(typeof data4[key2] !== "string"){
const err8 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

