// @ts-nocheck -- ajv standalone output, untyped; validate-schema.ts gives it its type.
// Generated from schemas/manifest.schema.json by `npm run schema-validators` (scripts/schema-validators.js): do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plugin-intuser.local/schemas/manifest.schema.json","title":"plugin-intuser integration manifest","description":"One external system's dedicated, API-only, least-privilege Salesforce integration user.","type":"object","additionalProperties":false,"required":["name","contact","user","permissionSets"],"properties":{"$schema":{"description":"The JSON Schema this manifest follows (for editors).","type":"string"},"name":{"description":"API-name stem of everything generated for this integration; the permission set group's API name.","$ref":"#/definitions/integrationName"},"label":{"description":"Label of the permission set group. Derived from name when absent.","$ref":"#/definitions/label"},"description":{"description":"What the integration does.","$ref":"#/definitions/description"},"contact":{"description":"The owning team's monitored email address.","$ref":"#/definitions/email"},"user":{"$ref":"#/definitions/user"},"permissionSets":{"description":"One permission set per integration function, so access can be revoked granularly.","type":"array","minItems":1,"items":{"$ref":"#/definitions/permissionSet"}},"existingPermissionSets":{"description":"Permission sets that already exist in the org (a managed package's, one shared with other teams), for the integration's group to include beside its own. Never generated, changed or deleted by plugin-intuser; validate cannot see what they grant.","$ref":"#/definitions/componentNames"},"mute":{"description":"What the permission set group mutes: the same shape as a permission set's grants.","$ref":"#/definitions/mute"},"app":{"description":"The integration's OAuth app: an External Client App by default, a Connected App only for an app that already exists.","$ref":"#/definitions/app"},"justifications":{"description":"Why an elevated grant is needed: grant (such as Order.delete or ModifyAllData) -> reason.","type":"object","propertyNames":{"$ref":"#/definitions/grantReference"},"additionalProperties":{"type":"string","minLength":1}},"environments":{"description":"Per-environment values of user and app: environment name -> overrides.","type":"object","propertyNames":{"$ref":"#/definitions/environmentName"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"integrationName":{"type":"string","maxLength":40,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*$"},"apiName":{"type":"string","maxLength":80,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*$"},"componentName":{"description":"An API name, with its namespace prefix and suffix where it has them (ns__Name__c).","type":"string","maxLength":120,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"},"grantReference":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.]*$"},"label":{"type":"string","minLength":1,"maxLength":80},"description":{"type":"string","maxLength":255},"email":{"type":"string","maxLength":80,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},"user":{"description":"The integration user: Salesforce Integration license, profile Minimum Access - API Only Integrations.","type":"object","additionalProperties":false,"required":["username"],"properties":{"username":{"description":"The user's username: unique across every Salesforce org.","$ref":"#/definitions/email"},"firstName":{"type":"string","minLength":1,"maxLength":40},"lastName":{"description":"Derived from the integration's label when absent.","type":"string","minLength":1,"maxLength":80},"alias":{"description":"At most 8 characters. Derived from name when absent.","type":"string","maxLength":8,"pattern":"^[A-Za-z0-9._-]+$"},"email":{"description":"Defaults to the integration's contact.","$ref":"#/definitions/email"},"timeZone":{"description":"A TimeZoneSidKey such as Europe/Paris. Defaults to GMT.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"},"locale":{"description":"A LocaleSidKey such as en_US. Defaults to en_US.","type":"string","pattern":"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"},"language":{"description":"A LanguageLocaleKey such as en_US. Defaults to en_US.","type":"string","pattern":"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"}}},"permissionSet":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The permission set's API name is <integration name>_<this name>, unless apiName says otherwise.","$ref":"#/definitions/apiName"},"apiName":{"description":"The API name of a permission set that exists already under a name of its own, adopted in place (sf intuser import --keep-names). Absent: <integration name>_<name>.","$ref":"#/definitions/apiName"},"label":{"$ref":"#/definitions/label"},"description":{"$ref":"#/definitions/description"},"objects":{"description":"Object API name -> its access.","type":"object","propertyNames":{"$ref":"#/definitions/componentName"},"additionalProperties":{"$ref":"#/definitions/objectGrant"}},"userPermissions":{"$ref":"#/definitions/userPermissions"},"apexClasses":{"description":"Apex classes the user may run (REST resources, invocable classes).","$ref":"#/definitions/componentNames"},"customPermissions":{"description":"Custom permissions, by API name.","$ref":"#/definitions/componentNames"},"customMetadataTypes":{"description":"Custom metadata types the user may read, by API name (Sync_Setting__mdt).","$ref":"#/definitions/customMetadataTypes"},"customSettings":{"description":"Custom settings the user may read, by API name (Sync_Config__c).","$ref":"#/definitions/customSettings"},"flows":{"description":"Flows the user may run, by API name: needed for a flow whose access is restricted to enabled permission sets.","$ref":"#/definitions/componentNames"},"externalCredentialPrincipals":{"description":"External credential principals whose credentials the user's callouts may use: <external credential API name>-<principal name> (ERP_API-Order_Sync).","$ref":"#/definitions/externalCredentialPrincipals"}}},"mute":{"type":"object","additionalProperties":false,"properties":{"objects":{"description":"Object API name -> the access to mute.","type":"object","propertyNames":{"$ref":"#/definitions/componentName"},"additionalProperties":{"$ref":"#/definitions/mutedObject"}},"userPermissions":{"$ref":"#/definitions/userPermissions"},"apexClasses":{"$ref":"#/definitions/componentNames"},"customPermissions":{"$ref":"#/definitions/componentNames"},"customMetadataTypes":{"$ref":"#/definitions/customMetadataTypes"},"customSettings":{"$ref":"#/definitions/customSettings"},"flows":{"$ref":"#/definitions/componentNames"},"externalCredentialPrincipals":{"$ref":"#/definitions/externalCredentialPrincipals"}}},"objectGrant":{"type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/definitions/objectAccess"},"fields":{"$ref":"#/definitions/fields"},"recordTypes":{"description":"Record types the user may create and edit records of: their developer names, without the object (Support for Case.Support). Reading needs none.","$ref":"#/definitions/componentNames"}}},"mutedObject":{"type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/definitions/objectAccess"},"fields":{"$ref":"#/definitions/fields"},"recordTypes":{"$ref":"#/definitions/componentNames"}}},"objectAccess":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["read","create","edit","delete","viewAll","modifyAll","viewAllFields"]}},"fields":{"description":"Field API name -> read | edit.","type":"object","propertyNames":{"$ref":"#/definitions/componentName"},"additionalProperties":{"type":"string","enum":["read","edit"]}},"userPermissions":{"description":"User permission API names, such as ApiEnabled.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*$"}},"componentNames":{"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/componentName","type":"string"}},"customMetadataTypes":{"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/customMetadataTypeName","type":"string"}},"customMetadataTypeName":{"type":"string","maxLength":120,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__mdt$"},"customSettings":{"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/customSettingName","type":"string"}},"customSettingName":{"type":"string","maxLength":120,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__c$"},"externalCredentialPrincipals":{"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/externalCredentialPrincipal","type":"string"}},"externalCredentialPrincipal":{"type":"string","maxLength":255,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?-[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_])?$"},"environmentName":{"type":"string","maxLength":40,"pattern":"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"},"url":{"type":"string","maxLength":1024,"pattern":"^https?://[^\\s]+$"},"projectPath":{"description":"A file of the project, relative to its root.","type":"string","maxLength":255,"pattern":"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$"},"ipv4":{"type":"string","pattern":"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"},"ipRange":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/definitions/ipv4"},"end":{"$ref":"#/definitions/ipv4"},"description":{"type":"string","maxLength":255}}},"app":{"type":"object","additionalProperties":false,"properties":{"type":{"description":"externalClientApp (default), or connectedApp for an app that already exists: new connected apps cannot be created since Spring '26.","type":"string","enum":["externalClientApp","connectedApp"]},"apiName":{"description":"The API name of an app that exists already under a name of its own, adopted in place (sf intuser import --keep-names). Absent: the integration's name.","$ref":"#/definitions/apiName"},"flow":{"description":"clientCredentials (default) or jwtBearer.","type":"string","enum":["clientCredentials","jwtBearer"]},"description":{"$ref":"#/definitions/description"},"scopes":{"description":"OAuth scope names as Salesforce documents them: api, refresh_token, ...","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["api","refresh_token","offline_access","full","web","chatter_api","custom_permissions","openid","id","profile","email","address","phone","wave_api","lightning","content","pardot_api","eclair_api","chatbot_api","cdp_query_api","cdp_profile_api","cdp_ingest_api","sfap_api","einstein_gpt_api"]}},"callbackUrl":{"$ref":"#/definitions/url"},"certificate":{"description":"jwtBearer: the public certificate (PEM), a path relative to the project root.","$ref":"#/definitions/projectPath"},"ipRanges":{"description":"The external system's addresses.","type":"array","items":{"$ref":"#/definitions/ipRange"}},"refreshToken":{"description":"zero (default), infinite, or a lifetime such as 8h, 7d, 3mo.","type":"string","pattern":"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"}}},"appOverrides":{"type":"object","additionalProperties":false,"properties":{"scopes":{"description":"OAuth scope names as Salesforce documents them: api, refresh_token, ...","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["api","refresh_token","offline_access","full","web","chatter_api","custom_permissions","openid","id","profile","email","address","phone","wave_api","lightning","content","pardot_api","eclair_api","chatbot_api","cdp_query_api","cdp_profile_api","cdp_ingest_api","sfap_api","einstein_gpt_api"]}},"callbackUrl":{"$ref":"#/definitions/url"},"certificate":{"description":"jwtBearer: the public certificate (PEM), a path relative to the project root.","$ref":"#/definitions/projectPath"},"ipRanges":{"description":"The external system's addresses.","type":"array","items":{"$ref":"#/definitions/ipRange"}},"refreshToken":{"description":"zero (default), infinite, or a lifetime such as 8h, 7d, 3mo.","type":"string","pattern":"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"}}},"userOverrides":{"type":"object","additionalProperties":false,"properties":{"username":{"$ref":"#/definitions/user/properties/username"},"firstName":{"$ref":"#/definitions/user/properties/firstName"},"lastName":{"$ref":"#/definitions/user/properties/lastName"},"alias":{"$ref":"#/definitions/user/properties/alias"},"email":{"$ref":"#/definitions/user/properties/email"},"timeZone":{"$ref":"#/definitions/user/properties/timeZone"},"locale":{"$ref":"#/definitions/user/properties/locale"},"language":{"$ref":"#/definitions/user/properties/language"}}},"environment":{"type":"object","additionalProperties":false,"properties":{"user":{"$ref":"#/definitions/userOverrides"},"app":{"$ref":"#/definitions/appOverrides"}}}}};
const schema12 = {"type":"string","maxLength":40,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*$"};
const schema13 = {"type":"string","minLength":1,"maxLength":80};
const schema14 = {"type":"string","maxLength":255};
const schema15 = {"type":"string","maxLength":80,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"};
const schema51 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.]*$"};
const schema52 = {"type":"string","maxLength":40,"pattern":"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[A-Za-z](?:_?[A-Za-z0-9])*$", "u");
const pattern1 = new RegExp("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "u");
const pattern25 = new RegExp("^[A-Za-z][A-Za-z0-9_.]*$", "u");
const pattern26 = new RegExp("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", "u");
const schema16 = {"description":"The integration user: Salesforce Integration license, profile Minimum Access - API Only Integrations.","type":"object","additionalProperties":false,"required":["username"],"properties":{"username":{"description":"The user's username: unique across every Salesforce org.","$ref":"#/definitions/email"},"firstName":{"type":"string","minLength":1,"maxLength":40},"lastName":{"description":"Derived from the integration's label when absent.","type":"string","minLength":1,"maxLength":80},"alias":{"description":"At most 8 characters. Derived from name when absent.","type":"string","maxLength":8,"pattern":"^[A-Za-z0-9._-]+$"},"email":{"description":"Defaults to the integration's contact.","$ref":"#/definitions/email"},"timeZone":{"description":"A TimeZoneSidKey such as Europe/Paris. Defaults to GMT.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"},"locale":{"description":"A LocaleSidKey such as en_US. Defaults to en_US.","type":"string","pattern":"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"},"language":{"description":"A LanguageLocaleKey such as en_US. Defaults to en_US.","type":"string","pattern":"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"}}};
const pattern3 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$", "u");
const pattern6 = new RegExp("^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "username") || (key0 === "firstName")) || (key0 === "lastName")) || (key0 === "alias")) || (key0 === "email")) || (key0 === "timeZone")) || (key0 === "locale")) || (key0 === "language"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.username !== undefined){
let data0 = data.username;
if(typeof data0 === "string"){
if(func3(data0) > 80){
const err2 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.firstName !== undefined){
let data1 = data.firstName;
if(typeof data1 === "string"){
if(func3(data1) > 40){
const err5 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema16.properties.firstName,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.firstName,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.firstName.type,parentSchema:schema16.properties.firstName,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.lastName !== undefined){
let data2 = data.lastName;
if(typeof data2 === "string"){
if(func3(data2) > 80){
const err8 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema16.properties.lastName,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.lastName,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.lastName.type,parentSchema:schema16.properties.lastName,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.alias !== undefined){
let data3 = data.alias;
if(typeof data3 === "string"){
if(func3(data3) > 8){
const err11 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters",schema:8,parentSchema:schema16.properties.alias,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern3.test(data3)){
const err12 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema16.properties.alias,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.alias.type,parentSchema:schema16.properties.alias,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.email !== undefined){
let data4 = data.email;
if(typeof data4 === "string"){
if(func3(data4) > 80){
const err14 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern1.test(data4)){
const err15 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.timeZone !== undefined){
let data5 = data.timeZone;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err17 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$",parentSchema:schema16.properties.timeZone,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.timeZone.type,parentSchema:schema16.properties.timeZone,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.locale !== undefined){
let data6 = data.locale;
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err19 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"+"\"",schema:"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$",parentSchema:schema16.properties.locale,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.locale.type,parentSchema:schema16.properties.locale,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.language !== undefined){
let data7 = data.language;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err21 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"+"\"",schema:"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$",parentSchema:schema16.properties.language,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.language.type,parentSchema:schema16.properties.language,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The permission set's API name is <integration name>_<this name>, unless apiName says otherwise.","$ref":"#/definitions/apiName"},"apiName":{"description":"The API name of a permission set that exists already under a name of its own, adopted in place (sf intuser import --keep-names). Absent: <integration name>_<name>.","$ref":"#/definitions/apiName"},"label":{"$ref":"#/definitions/label"},"description":{"$ref":"#/definitions/description"},"objects":{"description":"Object API name -> its access.","type":"object","propertyNames":{"$ref":"#/definitions/componentName"},"additionalProperties":{"$ref":"#/definitions/objectGrant"}},"userPermissions":{"$ref":"#/definitions/userPermissions"},"apexClasses":{"description":"Apex classes the user may run (REST resources, invocable classes).","$ref":"#/definitions/componentNames"},"customPermissions":{"description":"Custom permissions, by API name.","$ref":"#/definitions/componentNames"},"customMetadataTypes":{"description":"Custom metadata types the user may read, by API name (Sync_Setting__mdt).","$ref":"#/definitions/customMetadataTypes"},"customSettings":{"description":"Custom settings the user may read, by API name (Sync_Config__c).","$ref":"#/definitions/customSettings"},"flows":{"description":"Flows the user may run, by API name: needed for a flow whose access is restricted to enabled permission sets.","$ref":"#/definitions/componentNames"},"externalCredentialPrincipals":{"description":"External credential principals whose credentials the user's callouts may use: <external credential API name>-<principal name> (ERP_API-Order_Sync).","$ref":"#/definitions/externalCredentialPrincipals"}}};
const schema20 = {"type":"string","maxLength":80,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*$"};
const schema24 = {"description":"An API name, with its namespace prefix and suffix where it has them (ns__Name__c).","type":"string","maxLength":120,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"};
const schema31 = {"description":"User permission API names, such as ApiEnabled.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*$"}};
const pattern10 = new RegExp("^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$", "u");
const pattern13 = new RegExp("^[A-Za-z][A-Za-z0-9]*$", "u");
const schema25 = {"type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/definitions/objectAccess"},"fields":{"$ref":"#/definitions/fields"},"recordTypes":{"description":"Record types the user may create and edit records of: their developer names, without the object (Support for Case.Support). Reading needs none.","$ref":"#/definitions/componentNames"}}};
const schema26 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["read","create","edit","delete","viewAll","modifyAll","viewAllFields"]}};
const schema27 = {"description":"Field API name -> read | edit.","type":"object","propertyNames":{"$ref":"#/definitions/componentName"},"additionalProperties":{"type":"string","enum":["read","edit"]}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(func3(key0) > 120){
const err0 = {instancePath,schemaPath:"#/definitions/componentName/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema24,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern10.test(key0)){
const err1 = {instancePath,schemaPath:"#/definitions/componentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$",parentSchema:schema24,data:key0,propertyName:key0};
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
const err2 = {instancePath,schemaPath:"#/definitions/componentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema27.propertyNames,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.additionalProperties.type,parentSchema:schema27.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data0 === "read") || (data0 === "edit"))){
const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema27.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema27.additionalProperties.enum,parentSchema:schema27.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/componentName","type":"string"}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.items.type,parentSchema:schema29.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) > 120){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/componentName/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema24,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern10.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/componentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$",parentSchema:schema24,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/componentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "access") || (key0 === "fields")) || (key0 === "recordTypes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.access !== undefined){
let data0 = data.access;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/access",schemaPath:"#/definitions/objectAccess/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema26,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/access/" + i0,schemaPath:"#/definitions/objectAccess/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.items.type,parentSchema:schema26.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((data1 === "read") || (data1 === "create")) || (data1 === "edit")) || (data1 === "delete")) || (data1 === "viewAll")) || (data1 === "modifyAll")) || (data1 === "viewAllFields"))){
const err3 = {instancePath:instancePath+"/access/" + i0,schemaPath:"#/definitions/objectAccess/items/enum",keyword:"enum",params:{allowedValues: schema26.items.enum},message:"must be equal to one of the allowed values",schema:schema26.items.enum,parentSchema:schema26.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/access",schemaPath:"#/definitions/objectAccess/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/access",schemaPath:"#/definitions/objectAccess/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.type,parentSchema:schema26,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate15(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.recordTypes !== undefined){
if(!(validate17(data.recordTypes, {instancePath:instancePath+"/recordTypes",parentData:data,parentDataProperty:"recordTypes",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/customMetadataTypeName","type":"string"}};
const schema33 = {"type":"string","maxLength":120,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__mdt$"};
const pattern14 = new RegExp("^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__mdt$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.type,parentSchema:schema32.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) > 120){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/customMetadataTypeName/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern14.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/customMetadataTypeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__mdt$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__mdt$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__mdt$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/customMetadataTypeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/customSettingName","type":"string"}};
const schema35 = {"type":"string","maxLength":120,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__c$"};
const pattern15 = new RegExp("^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__c$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.items.type,parentSchema:schema34.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) > 120){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/customSettingName/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern15.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/customSettingName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__c$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__c$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?__c$",parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/customSettingName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema36 = {"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/externalCredentialPrincipal","type":"string"}};
const schema37 = {"type":"string","maxLength":255,"pattern":"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?-[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_])?$"};
const pattern16 = new RegExp("^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?-[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_])?$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.items.type,parentSchema:schema36.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) > 255){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/externalCredentialPrincipal/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern16.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/externalCredentialPrincipal/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?-[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_])?$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?-[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_])?$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)?-[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_])?$",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/externalCredentialPrincipal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 80){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/apiName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/apiName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/apiName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiName !== undefined){
let data1 = data.apiName;
if(typeof data1 === "string"){
if(func3(data1) > 80){
const err5 = {instancePath:instancePath+"/apiName",schemaPath:"#/definitions/apiName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/apiName",schemaPath:"#/definitions/apiName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*$",parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/apiName",schemaPath:"#/definitions/apiName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if(typeof data2 === "string"){
if(func3(data2) > 80){
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/label/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func3(data3) > 255){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.objects !== undefined){
let data4 = data.objects;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs16 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 120){
const err13 = {instancePath:instancePath+"/objects",schemaPath:"#/definitions/componentName/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema24,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern10.test(key1)){
const err14 = {instancePath:instancePath+"/objects",schemaPath:"#/definitions/componentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$",parentSchema:schema24,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/objects",schemaPath:"#/definitions/componentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid5 = _errs16 === errors;
if(!valid5){
const err16 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema19.properties.objects.propertyNames,parentSchema:schema19.properties.objects,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data4){
if(!(validate14(data4[key2], {instancePath:instancePath+"/objects/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.objects.type,parentSchema:schema19.properties.objects,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.userPermissions !== undefined){
let data6 = data.userPermissions;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err18 = {instancePath:instancePath+"/userPermissions/" + i0,schemaPath:"#/definitions/userPermissions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]*$",parentSchema:schema31.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/userPermissions/" + i0,schemaPath:"#/definitions/userPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.items.type,parentSchema:schema31.items,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/userPermissions",schemaPath:"#/definitions/userPermissions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err21 = {instancePath:instancePath+"/userPermissions",schemaPath:"#/definitions/userPermissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.apexClasses !== undefined){
if(!(validate17(data.apexClasses, {instancePath:instancePath+"/apexClasses",parentData:data,parentDataProperty:"apexClasses",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.customPermissions !== undefined){
if(!(validate17(data.customPermissions, {instancePath:instancePath+"/customPermissions",parentData:data,parentDataProperty:"customPermissions",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.customMetadataTypes !== undefined){
if(!(validate22(data.customMetadataTypes, {instancePath:instancePath+"/customMetadataTypes",parentData:data,parentDataProperty:"customMetadataTypes",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.customSettings !== undefined){
if(!(validate24(data.customSettings, {instancePath:instancePath+"/customSettings",parentData:data,parentDataProperty:"customSettings",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.flows !== undefined){
if(!(validate17(data.flows, {instancePath:instancePath+"/flows",parentData:data,parentDataProperty:"flows",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.externalCredentialPrincipals !== undefined){
if(!(validate27(data.externalCredentialPrincipals, {instancePath:instancePath+"/externalCredentialPrincipals",parentData:data,parentDataProperty:"externalCredentialPrincipals",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","additionalProperties":false,"properties":{"objects":{"description":"Object API name -> the access to mute.","type":"object","propertyNames":{"$ref":"#/definitions/componentName"},"additionalProperties":{"$ref":"#/definitions/mutedObject"}},"userPermissions":{"$ref":"#/definitions/userPermissions"},"apexClasses":{"$ref":"#/definitions/componentNames"},"customPermissions":{"$ref":"#/definitions/componentNames"},"customMetadataTypes":{"$ref":"#/definitions/customMetadataTypes"},"customSettings":{"$ref":"#/definitions/customSettings"},"flows":{"$ref":"#/definitions/componentNames"},"externalCredentialPrincipals":{"$ref":"#/definitions/externalCredentialPrincipals"}}};
const schema40 = {"type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/definitions/objectAccess"},"fields":{"$ref":"#/definitions/fields"},"recordTypes":{"$ref":"#/definitions/componentNames"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "access") || (key0 === "fields")) || (key0 === "recordTypes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.access !== undefined){
let data0 = data.access;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/access",schemaPath:"#/definitions/objectAccess/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema26,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/access/" + i0,schemaPath:"#/definitions/objectAccess/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.items.type,parentSchema:schema26.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((data1 === "read") || (data1 === "create")) || (data1 === "edit")) || (data1 === "delete")) || (data1 === "viewAll")) || (data1 === "modifyAll")) || (data1 === "viewAllFields"))){
const err3 = {instancePath:instancePath+"/access/" + i0,schemaPath:"#/definitions/objectAccess/items/enum",keyword:"enum",params:{allowedValues: schema26.items.enum},message:"must be equal to one of the allowed values",schema:schema26.items.enum,parentSchema:schema26.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/access",schemaPath:"#/definitions/objectAccess/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/access",schemaPath:"#/definitions/objectAccess/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.type,parentSchema:schema26,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate15(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.recordTypes !== undefined){
if(!(validate17(data.recordTypes, {instancePath:instancePath+"/recordTypes",parentData:data,parentDataProperty:"recordTypes",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "objects") || (key0 === "userPermissions")) || (key0 === "apexClasses")) || (key0 === "customPermissions")) || (key0 === "customMetadataTypes")) || (key0 === "customSettings")) || (key0 === "flows")) || (key0 === "externalCredentialPrincipals"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.objects !== undefined){
let data0 = data.objects;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 120){
const err1 = {instancePath:instancePath+"/objects",schemaPath:"#/definitions/componentName/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema24,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern10.test(key1)){
const err2 = {instancePath:instancePath+"/objects",schemaPath:"#/definitions/componentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__[A-Za-z](?:_?[A-Za-z0-9])*)*$",parentSchema:schema24,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/objects",schemaPath:"#/definitions/componentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs4 === errors;
if(!valid1){
const err4 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema38.properties.objects.propertyNames,parentSchema:schema38.properties.objects,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data0){
if(!(validate32(data0[key2], {instancePath:instancePath+"/objects/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.objects.type,parentSchema:schema38.properties.objects,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.userPermissions !== undefined){
let data2 = data.userPermissions;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err6 = {instancePath:instancePath+"/userPermissions/" + i0,schemaPath:"#/definitions/userPermissions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]*$",parentSchema:schema31.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/userPermissions/" + i0,schemaPath:"#/definitions/userPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.items.type,parentSchema:schema31.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err8 = {instancePath:instancePath+"/userPermissions",schemaPath:"#/definitions/userPermissions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err9 = {instancePath:instancePath+"/userPermissions",schemaPath:"#/definitions/userPermissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.apexClasses !== undefined){
if(!(validate17(data.apexClasses, {instancePath:instancePath+"/apexClasses",parentData:data,parentDataProperty:"apexClasses",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.customPermissions !== undefined){
if(!(validate17(data.customPermissions, {instancePath:instancePath+"/customPermissions",parentData:data,parentDataProperty:"customPermissions",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.customMetadataTypes !== undefined){
if(!(validate22(data.customMetadataTypes, {instancePath:instancePath+"/customMetadataTypes",parentData:data,parentDataProperty:"customMetadataTypes",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.customSettings !== undefined){
if(!(validate24(data.customSettings, {instancePath:instancePath+"/customSettings",parentData:data,parentDataProperty:"customSettings",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.flows !== undefined){
if(!(validate17(data.flows, {instancePath:instancePath+"/flows",parentData:data,parentDataProperty:"flows",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.externalCredentialPrincipals !== undefined){
if(!(validate27(data.externalCredentialPrincipals, {instancePath:instancePath+"/externalCredentialPrincipals",parentData:data,parentDataProperty:"externalCredentialPrincipals",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"object","additionalProperties":false,"properties":{"type":{"description":"externalClientApp (default), or connectedApp for an app that already exists: new connected apps cannot be created since Spring '26.","type":"string","enum":["externalClientApp","connectedApp"]},"apiName":{"description":"The API name of an app that exists already under a name of its own, adopted in place (sf intuser import --keep-names). Absent: the integration's name.","$ref":"#/definitions/apiName"},"flow":{"description":"clientCredentials (default) or jwtBearer.","type":"string","enum":["clientCredentials","jwtBearer"]},"description":{"$ref":"#/definitions/description"},"scopes":{"description":"OAuth scope names as Salesforce documents them: api, refresh_token, ...","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["api","refresh_token","offline_access","full","web","chatter_api","custom_permissions","openid","id","profile","email","address","phone","wave_api","lightning","content","pardot_api","eclair_api","chatbot_api","cdp_query_api","cdp_profile_api","cdp_ingest_api","sfap_api","einstein_gpt_api"]}},"callbackUrl":{"$ref":"#/definitions/url"},"certificate":{"description":"jwtBearer: the public certificate (PEM), a path relative to the project root.","$ref":"#/definitions/projectPath"},"ipRanges":{"description":"The external system's addresses.","type":"array","items":{"$ref":"#/definitions/ipRange"}},"refreshToken":{"description":"zero (default), infinite, or a lifetime such as 8h, 7d, 3mo.","type":"string","pattern":"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"}}};
const schema46 = {"type":"string","maxLength":1024,"pattern":"^https?://[^\\s]+$"};
const schema47 = {"description":"A file of the project, relative to its root.","type":"string","maxLength":255,"pattern":"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$"};
const pattern20 = new RegExp("^https?://[^\\s]+$", "u");
const pattern21 = new RegExp("^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$", "u");
const pattern24 = new RegExp("^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$", "u");
const schema48 = {"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/definitions/ipv4"},"end":{"$ref":"#/definitions/ipv4"},"description":{"type":"string","maxLength":255}}};
const schema49 = {"type":"string","pattern":"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"};
const pattern22 = new RegExp("^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "start") || (key0 === "end")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.start !== undefined){
let data0 = data.start;
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
const err3 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/ipv4/pattern",keyword:"pattern",params:{pattern: "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"},message:"must match pattern \""+"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"+"\"",schema:"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.end !== undefined){
let data1 = data.end;
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
const err5 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/ipv4/pattern",keyword:"pattern",params:{pattern: "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"},message:"must match pattern \""+"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"+"\"",schema:"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func3(data2) > 255){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema48.properties.description,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.description.type,parentSchema:schema48.properties.description,data:data2};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema43.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.type.type,parentSchema:schema43.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "externalClientApp") || (data0 === "connectedApp"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema43.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.type.enum,parentSchema:schema43.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apiName !== undefined){
let data1 = data.apiName;
if(typeof data1 === "string"){
if(func3(data1) > 80){
const err3 = {instancePath:instancePath+"/apiName",schemaPath:"#/definitions/apiName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/apiName",schemaPath:"#/definitions/apiName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*$",parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/apiName",schemaPath:"#/definitions/apiName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data2 = data.flow;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.flow.type,parentSchema:schema43.properties.flow,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "clientCredentials") || (data2 === "jwtBearer"))){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema43.properties.flow.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.flow.enum,parentSchema:schema43.properties.flow,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func3(data3) > 255){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.scopes !== undefined){
let data4 = data.scopes;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.scopes,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.scopes.items.type,parentSchema:schema43.properties.scopes.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((((((((((((((((((((data5 === "api") || (data5 === "refresh_token")) || (data5 === "offline_access")) || (data5 === "full")) || (data5 === "web")) || (data5 === "chatter_api")) || (data5 === "custom_permissions")) || (data5 === "openid")) || (data5 === "id")) || (data5 === "profile")) || (data5 === "email")) || (data5 === "address")) || (data5 === "phone")) || (data5 === "wave_api")) || (data5 === "lightning")) || (data5 === "content")) || (data5 === "pardot_api")) || (data5 === "eclair_api")) || (data5 === "chatbot_api")) || (data5 === "cdp_query_api")) || (data5 === "cdp_profile_api")) || (data5 === "cdp_ingest_api")) || (data5 === "sfap_api")) || (data5 === "einstein_gpt_api"))){
const err12 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/enum",keyword:"enum",params:{allowedValues: schema43.properties.scopes.items.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.scopes.items.enum,parentSchema:schema43.properties.scopes.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err13 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema43.properties.scopes,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err14 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.scopes.type,parentSchema:schema43.properties.scopes,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.callbackUrl !== undefined){
let data6 = data.callbackUrl;
if(typeof data6 === "string"){
if(func3(data6) > 1024){
const err15 = {instancePath:instancePath+"/callbackUrl",schemaPath:"#/definitions/url/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern20.test(data6)){
const err16 = {instancePath:instancePath+"/callbackUrl",schemaPath:"#/definitions/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/callbackUrl",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.certificate !== undefined){
let data7 = data.certificate;
if(typeof data7 === "string"){
if(func3(data7) > 255){
const err18 = {instancePath:instancePath+"/certificate",schemaPath:"#/definitions/projectPath/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern21.test(data7)){
const err19 = {instancePath:instancePath+"/certificate",schemaPath:"#/definitions/projectPath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$"+"\"",schema:"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$",parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/certificate",schemaPath:"#/definitions/projectPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.ipRanges !== undefined){
let data8 = data.ipRanges;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i2=0; i2<len1; i2++){
if(!(validate44(data8[i2], {instancePath:instancePath+"/ipRanges/" + i2,parentData:data8,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/ipRanges",schemaPath:"#/properties/ipRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.ipRanges.type,parentSchema:schema43.properties.ipRanges,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.refreshToken !== undefined){
let data10 = data.refreshToken;
if(typeof data10 === "string"){
if(!pattern24.test(data10)){
const err22 = {instancePath:instancePath+"/refreshToken",schemaPath:"#/properties/refreshToken/pattern",keyword:"pattern",params:{pattern: "^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"},message:"must match pattern \""+"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"+"\"",schema:"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$",parentSchema:schema43.properties.refreshToken,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/refreshToken",schemaPath:"#/properties/refreshToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.refreshToken.type,parentSchema:schema43.properties.refreshToken,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

const schema53 = {"type":"object","additionalProperties":false,"properties":{"user":{"$ref":"#/definitions/userOverrides"},"app":{"$ref":"#/definitions/appOverrides"}}};
const schema54 = {"type":"object","additionalProperties":false,"properties":{"username":{"$ref":"#/definitions/user/properties/username"},"firstName":{"$ref":"#/definitions/user/properties/firstName"},"lastName":{"$ref":"#/definitions/user/properties/lastName"},"alias":{"$ref":"#/definitions/user/properties/alias"},"email":{"$ref":"#/definitions/user/properties/email"},"timeZone":{"$ref":"#/definitions/user/properties/timeZone"},"locale":{"$ref":"#/definitions/user/properties/locale"},"language":{"$ref":"#/definitions/user/properties/language"}}};
const schema56 = {"type":"string","minLength":1,"maxLength":40};
const schema57 = {"description":"Derived from the integration's label when absent.","type":"string","minLength":1,"maxLength":80};
const schema58 = {"description":"At most 8 characters. Derived from name when absent.","type":"string","maxLength":8,"pattern":"^[A-Za-z0-9._-]+$"};
const schema60 = {"description":"A TimeZoneSidKey such as Europe/Paris. Defaults to GMT.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"};
const schema61 = {"description":"A LocaleSidKey such as en_US. Defaults to en_US.","type":"string","pattern":"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"};
const schema62 = {"description":"A LanguageLocaleKey such as en_US. Defaults to en_US.","type":"string","pattern":"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "username") || (key0 === "firstName")) || (key0 === "lastName")) || (key0 === "alias")) || (key0 === "email")) || (key0 === "timeZone")) || (key0 === "locale")) || (key0 === "language"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.username !== undefined){
let data0 = data.username;
if(typeof data0 === "string"){
if(func3(data0) > 80){
const err1 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/user/properties/username/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern1.test(data0)){
const err2 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/user/properties/username/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/user/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.firstName !== undefined){
let data1 = data.firstName;
if(typeof data1 === "string"){
if(func3(data1) > 40){
const err4 = {instancePath:instancePath+"/firstName",schemaPath:"#/definitions/user/properties/firstName/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/firstName",schemaPath:"#/definitions/user/properties/firstName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/firstName",schemaPath:"#/definitions/user/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lastName !== undefined){
let data2 = data.lastName;
if(typeof data2 === "string"){
if(func3(data2) > 80){
const err7 = {instancePath:instancePath+"/lastName",schemaPath:"#/definitions/user/properties/lastName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema57,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/lastName",schemaPath:"#/definitions/user/properties/lastName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/lastName",schemaPath:"#/definitions/user/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.alias !== undefined){
let data3 = data.alias;
if(typeof data3 === "string"){
if(func3(data3) > 8){
const err10 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/user/properties/alias/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters",schema:8,parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern3.test(data3)){
const err11 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/user/properties/alias/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/user/properties/alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.email !== undefined){
let data4 = data.email;
if(typeof data4 === "string"){
if(func3(data4) > 80){
const err13 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/user/properties/email/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern1.test(data4)){
const err14 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/user/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/user/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.timeZone !== undefined){
let data5 = data.timeZone;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err16 = {instancePath:instancePath+"/timeZone",schemaPath:"#/definitions/user/properties/timeZone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$",parentSchema:schema60,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/timeZone",schemaPath:"#/definitions/user/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.locale !== undefined){
let data6 = data.locale;
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err18 = {instancePath:instancePath+"/locale",schemaPath:"#/definitions/user/properties/locale/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"+"\"",schema:"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$",parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/locale",schemaPath:"#/definitions/user/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.language !== undefined){
let data7 = data.language;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err20 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/user/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$"+"\"",schema:"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$",parentSchema:schema62,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/user/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema63 = {"type":"object","additionalProperties":false,"properties":{"scopes":{"description":"OAuth scope names as Salesforce documents them: api, refresh_token, ...","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["api","refresh_token","offline_access","full","web","chatter_api","custom_permissions","openid","id","profile","email","address","phone","wave_api","lightning","content","pardot_api","eclair_api","chatbot_api","cdp_query_api","cdp_profile_api","cdp_ingest_api","sfap_api","einstein_gpt_api"]}},"callbackUrl":{"$ref":"#/definitions/url"},"certificate":{"description":"jwtBearer: the public certificate (PEM), a path relative to the project root.","$ref":"#/definitions/projectPath"},"ipRanges":{"description":"The external system's addresses.","type":"array","items":{"$ref":"#/definitions/ipRange"}},"refreshToken":{"description":"zero (default), infinite, or a lifetime such as 8h, 7d, 3mo.","type":"string","pattern":"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "scopes") || (key0 === "callbackUrl")) || (key0 === "certificate")) || (key0 === "ipRanges")) || (key0 === "refreshToken"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.scopes !== undefined){
let data0 = data.scopes;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema63.properties.scopes,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.scopes.items.type,parentSchema:schema63.properties.scopes.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((((((((((((((((((data1 === "api") || (data1 === "refresh_token")) || (data1 === "offline_access")) || (data1 === "full")) || (data1 === "web")) || (data1 === "chatter_api")) || (data1 === "custom_permissions")) || (data1 === "openid")) || (data1 === "id")) || (data1 === "profile")) || (data1 === "email")) || (data1 === "address")) || (data1 === "phone")) || (data1 === "wave_api")) || (data1 === "lightning")) || (data1 === "content")) || (data1 === "pardot_api")) || (data1 === "eclair_api")) || (data1 === "chatbot_api")) || (data1 === "cdp_query_api")) || (data1 === "cdp_profile_api")) || (data1 === "cdp_ingest_api")) || (data1 === "sfap_api")) || (data1 === "einstein_gpt_api"))){
const err3 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/enum",keyword:"enum",params:{allowedValues: schema63.properties.scopes.items.enum},message:"must be equal to one of the allowed values",schema:schema63.properties.scopes.items.enum,parentSchema:schema63.properties.scopes.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema63.properties.scopes,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.scopes.type,parentSchema:schema63.properties.scopes,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.callbackUrl !== undefined){
let data2 = data.callbackUrl;
if(typeof data2 === "string"){
if(func3(data2) > 1024){
const err6 = {instancePath:instancePath+"/callbackUrl",schemaPath:"#/definitions/url/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern20.test(data2)){
const err7 = {instancePath:instancePath+"/callbackUrl",schemaPath:"#/definitions/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/callbackUrl",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.certificate !== undefined){
let data3 = data.certificate;
if(typeof data3 === "string"){
if(func3(data3) > 255){
const err9 = {instancePath:instancePath+"/certificate",schemaPath:"#/definitions/projectPath/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern21.test(data3)){
const err10 = {instancePath:instancePath+"/certificate",schemaPath:"#/definitions/projectPath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$"+"\"",schema:"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._/-]+$",parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/certificate",schemaPath:"#/definitions/projectPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.ipRanges !== undefined){
let data4 = data.ipRanges;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
if(!(validate44(data4[i2], {instancePath:instancePath+"/ipRanges/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/ipRanges",schemaPath:"#/properties/ipRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.ipRanges.type,parentSchema:schema63.properties.ipRanges,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.refreshToken !== undefined){
let data6 = data.refreshToken;
if(typeof data6 === "string"){
if(!pattern24.test(data6)){
const err13 = {instancePath:instancePath+"/refreshToken",schemaPath:"#/properties/refreshToken/pattern",keyword:"pattern",params:{pattern: "^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"},message:"must match pattern \""+"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$"+"\"",schema:"^(?:zero|infinite|[1-9][0-9]{0,3}(?:h|d|mo))$",parentSchema:schema63.properties.refreshToken,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/refreshToken",schemaPath:"#/properties/refreshToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.refreshToken.type,parentSchema:schema63.properties.refreshToken,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "user") || (key0 === "app"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.user !== undefined){
if(!(validate48(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.app !== undefined){
if(!(validate50(data.app, {instancePath:instancePath+"/app",parentData:data,parentDataProperty:"app",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://plugin-intuser.local/schemas/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.contact === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.user === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.permissionSets === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "permissionSets"},message:"must have required property '"+"permissionSets"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 40){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/integrationName/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/integrationName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:_?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z](?:_?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z](?:_?[A-Za-z0-9])*$",parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/integrationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if(typeof data2 === "string"){
if(func3(data2) > 80){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/label/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data2) < 1){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func3(data3) > 255){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.contact !== undefined){
let data4 = data.contact;
if(typeof data4 === "string"){
if(func3(data4) > 80){
const err14 = {instancePath:instancePath+"/contact",schemaPath:"#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern1.test(data4)){
const err15 = {instancePath:instancePath+"/contact",schemaPath:"#/definitions/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/contact",schemaPath:"#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.user !== undefined){
if(!(validate11(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.permissionSets !== undefined){
let data6 = data.permissionSets;
if(Array.isArray(data6)){
if(data6.length < 1){
const err17 = {instancePath:instancePath+"/permissionSets",schemaPath:"#/properties/permissionSets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.permissionSets,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data6[i0], {instancePath:instancePath+"/permissionSets/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/permissionSets",schemaPath:"#/properties/permissionSets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.permissionSets.type,parentSchema:schema11.properties.permissionSets,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.existingPermissionSets !== undefined){
if(!(validate17(data.existingPermissionSets, {instancePath:instancePath+"/existingPermissionSets",parentData:data,parentDataProperty:"existingPermissionSets",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.mute !== undefined){
if(!(validate31(data.mute, {instancePath:instancePath+"/mute",parentData:data,parentDataProperty:"mute",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.app !== undefined){
if(!(validate43(data.app, {instancePath:instancePath+"/app",parentData:data,parentDataProperty:"app",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.justifications !== undefined){
let data11 = data.justifications;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
const _errs25 = errors;
if(typeof key1 === "string"){
if(!pattern25.test(key1)){
const err19 = {instancePath:instancePath+"/justifications",schemaPath:"#/definitions/grantReference/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.]*$",parentSchema:schema51,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/justifications",schemaPath:"#/definitions/grantReference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid7 = _errs25 === errors;
if(!valid7){
const err21 = {instancePath:instancePath+"/justifications",schemaPath:"#/properties/justifications/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.justifications.propertyNames,parentSchema:schema11.properties.justifications,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key2 in data11){
let data12 = data11[key2];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err22 = {instancePath:instancePath+"/justifications/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/justifications/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.justifications.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/justifications/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/justifications/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.justifications.additionalProperties.type,parentSchema:schema11.properties.justifications.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/justifications",schemaPath:"#/properties/justifications/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.justifications.type,parentSchema:schema11.properties.justifications,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.environments !== undefined){
let data13 = data.environments;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
const _errs33 = errors;
if(typeof key3 === "string"){
if(func3(key3) > 40){
const err25 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/environmentName/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema52,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern26.test(key3)){
const err26 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/environmentName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$",parentSchema:schema52,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid10 = _errs33 === errors;
if(!valid10){
const err28 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key4 in data13){
if(!(validate47(data13[key4], {instancePath:instancePath+"/environments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

