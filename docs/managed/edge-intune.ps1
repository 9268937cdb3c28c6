# Before You Post: push school settings to Microsoft Edge through managed storage.
# Upload as an Intune platform script (Devices > Scripts and remediations > Platform scripts),
# run in 64-bit PowerShell as SYSTEM. Replace EXTENSION_ID with the id shown in edge://extensions.
$ExtensionId = 'EXTENSION_ID'
$Key = "HKLM:\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\$ExtensionId\policy"
New-Item -Path $Key -Force | Out-Null
# Objects and lists are stored as JSON text; Edge reads them into the extension's managed storage.
Set-ItemProperty -Path $Key -Name 'school' -Type String -Value '{"name":"Old Park Primary School and Nursery","aliases":["Old Park Primary","Old Park School"],"localAuthority":"Telford & Wrekin Council","addresses":["1 Example Road, Telford"],"postcodes":["TF3 1AA"],"emailDomains":["oldpark.example.sch.uk"],"websites":["oldparkprimary.example.uk"],"phones":["01632 960000"],"socialHandles":["@OldParkPrimary"],"hashtags":["#OldParkPrimary"]}'
Set-ItemProperty -Path $Key -Name 'staff' -Type String -Value '[{"first":"Dawn","last":"Hughes"},{"first":"Gareth","last":"Pemberton"}]'
Set-ItemProperty -Path $Key -Name 'workingHours' -Type String -Value '{"timeZone":"Europe/London","days":["mon","tue","wed","thu","fri"],"start":"08:30","end":"16:00","breaks":[{"label":"Morning playtime","start":"10:30","end":"10:45"},{"label":"Lunchtime","start":"12:00","end":"13:00"}],"termDates":[{"start":"2026-09-02","end":"2026-10-23"},{"start":"2026-11-02","end":"2026-12-18"}],"closedDays":["2026-11-27"]}'
Set-ItemProperty -Path $Key -Name 'sites' -Type String -Value '{"builtIn":{"tiktok":false,"reddit":false},"extra":[{"pattern":"https://community.example.org/*","label":"community.example.org"}]}'
