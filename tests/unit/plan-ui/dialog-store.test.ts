// Issue 22: a dialog's close event arrives a moment after Escape. A menu command that opened the next dialog
// in between must not be undone by it (the screenshots script lost Settings after About that way).
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAppDialog, openAppDialog, useAppDialog } from '../../../renderer/app/dialog-store';

describe('app dialogs', () => {
  beforeEach(() => useAppDialog.setState({ open: undefined }));

  it('a late close of the previous dialog leaves the next one open', () => {
    openAppDialog('about');
    openAppDialog('settings'); // the menu command, before About's close event
    closeAppDialog('about');
    expect(useAppDialog.getState().open).toBe('settings');
    closeAppDialog('settings');
    expect(useAppDialog.getState().open).toBeUndefined();
  });
});
