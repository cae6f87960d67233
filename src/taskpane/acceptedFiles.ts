/**
 * What the file pickers offer: every format the readers take (the bytes decide, not the name, so a file
 * picked under another name is still read or refused with its reason). One list for the pane and file mode.
 */
export const ACCEPTED_FILES = '.xlsx,.xlsm,.xls,.et,.csv,.docx';
