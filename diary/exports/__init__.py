"""The diary's files, without Qt: entries as CSV or an Excel workbook and back
(``csv_format``, ``xlsx_format``, ``sheet_values``, ``entry_files``), activities as CSV
(``function_csv``), the FHIR bundle (``fhir``), and what the appointment report says
(``report_data``, ``report_details``). The report's PDF and the chart pictures are
drawn by ``diary.qt.exports``."""
