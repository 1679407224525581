"""How the report and the other files are made, in one place.

The Qt-free half is ``diary.exports``: ``report_data`` gathers what the report says
(the analysis, the chart's series, the tables), ``report_details`` the per-procedure
figures, ``csv_format``/``xlsx_format``/``entry_files`` the entries as a spreadsheet
(and back), ``fhir`` the FHIR bundle, ``function_csv`` the activities.

This half draws them:

- ``files``: report and chart bytes from a diary, for the window and the command line;
- ``chart_export``: the chart as a picture (PNG/SVG), drawn with the chart style;
- ``report`` and ``report_pages``: the PDF (page 1, then the appendix);
- ``report_dialog``: File ▸ Appointment report (range, name, save or print);
- ``export_actions``: File ▸ Export entries and Save the chart, and ``save_bytes``.
"""
