"""檔案 → 彙整分局報告…: headquarters' panel over a folder of received files, and merging them from it.

status_rows.py turns services/folder_status.py's FolderStatus into the table's rows, in words;
status_model.py shows them; dialog.py is the panel; preview_dialog.py shows a dry run (counts
and the mapping per office) before anything is written; merging.py runs the merge and the update.
"""
