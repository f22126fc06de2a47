// electron-builder 26 configuration. Installers (AppImage, deb, dmg, nsis) are built on a networked
// release machine with `npm run package`; the offline smoke check (tests/package) builds `--dir` only.
// Everything the app runs is bundled into out/ (Vite + esbuild), so package.json has no runtime
// dependencies and the asar holds out/ and package.json only.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.acupoint-reference.app',
  productName: 'Acupoint Reference',
  copyright: 'Copyright © 2026 Acupoint Reference contributors',
  directories: { output: 'release', buildResources: 'electron/resources' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // Security: the packaged binary refuses to act as plain Node, ignores NODE_OPTIONS and inspector flags,
  // loads the app only from a validated asar, and gives file:// no extra privileges.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Science',
    synopsis: 'Offline acupuncture point reference for clinicians',
  },
  deb: { packageCategory: 'science' },
  mac: { target: ['dmg'], category: 'public.app-category.medical', hardenedRuntime: true },
  win: { target: ['nsis'] },
  // Plans are the clinician's records: an uninstall never deletes them.
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false },
  publish: null,
};
