"""Office documents (.docx, .odt, .doc) read into one neutral form, then into a report.

A reader per format turns a document's body into blocks (model.py): paragraphs and tables, as
written, with what Word or ODF computes but does not store as text (automatic numbering) made
explicit. One builder (report_from_blocks.py) recognises the report in the blocks, whatever the
format, so every judgement is made once.
"""
