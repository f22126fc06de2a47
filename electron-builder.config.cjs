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
  // Icons are generated from electron/resources/icon.svg by `npm run icons` and committed, so packaging
  // needs no rasteriser. Linux takes the folder of <N>x<N>.png (installed into the hicolor theme).
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Science',
    synopsis: 'Offline acupuncture point reference for clinicians',
    icon: 'electron/resources/icons',
  },
  deb: { packageCategory: 'science' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.medical',
    hardenedRuntime: true,
    icon: 'electron/resources/icon.icns',
  },
  win: { target: ['nsis'], icon: 'electron/resources/icon.ico' },
  // Plan files. macOS: CFBundleDocumentTypes; Windows: the NSIS installer writes the ProgID under
  // HKCU\Software\Classes for a per-user install; Linux (deb): the mimeType goes into the .desktop file's
  // MimeType= and a shared-mime-info package (/usr/share/mime/packages) so *.acuplan is recognised at all.
  // `icon` without an extension resolves to icon.icns on macOS and icon.ico on Windows.
  fileAssociations: [
    {
      ext: 'acuplan',
      name: 'Acupoint session plan',
      description: 'Acupoint Reference session plan',
      mimeType: 'application/x-acuplan',
      role: 'Editor',
      icon: 'electron/resources/icon',
    },
  ],
  // Plans are the clinician's records: an uninstall never deletes them.
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: false,
  },
  publish: null,
};
