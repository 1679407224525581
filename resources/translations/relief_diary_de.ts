<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>AppointmentPrompts</name>
    <message>
      <source>&lt;b&gt;{when} since your procedure of {day}:&lt;/b&gt; how are you overall?</source>
      <translation>&lt;b&gt;{when} seit Ihrem Eingriff am {day}:&lt;/b&gt; Wie geht es Ihnen insgesamt?</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>Antworten…</translation>
    </message>
    <message>
      <source>Skip this question</source>
      <translation>Diese Frage überspringen</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your procedure of {day}:&lt;/b&gt; name up to three activities your pain makes hard, and rate them.</source>
      <translation>&lt;b&gt;Ihr Eingriff am {day}:&lt;/b&gt; Nennen Sie bis zu drei Aktivitäten, die Ihnen der Schmerz erschwert, und bewerten Sie sie.</translation>
    </message>
    <message>
      <source>Name activities…</source>
      <translation>Aktivitäten nennen…</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Jetzt nicht</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your activities are named.&lt;/b&gt; Now rate the same activities as they are today (a few seconds).</source>
      <translation>&lt;b&gt;Ihre Aktivitäten sind genannt.&lt;/b&gt; Bewerten Sie nun dieselben Aktivitäten so, wie sie heute sind (dauert nur Sekunden).</translation>
    </message>
    <message>
      <source>Rate activities…</source>
      <translation>Aktivitäten bewerten…</translation>
    </message>
    <message>
      <source>&lt;b&gt;A week has passed:&lt;/b&gt; please rate your activities again (a few seconds).</source>
      <translation>&lt;b&gt;Eine Woche ist vergangen:&lt;/b&gt; Bitte bewerten Sie Ihre Aktivitäten erneut (dauert nur Sekunden).</translation>
    </message>
    <message>
      <source>Not this week</source>
      <translation>Diese Woche nicht</translation>
    </message>
    <message>
      <source>&lt;b&gt;{when} since your procedure of {day}.&lt;/b&gt; Since the procedure, how would you describe the change in your pain condition overall?</source>
      <translation>&lt;b&gt;Seit Ihrem Eingriff am {day} sind {when} vergangen.&lt;/b&gt; Wie würden Sie die Veränderung Ihrer Schmerzen seit dem Eingriff insgesamt beschreiben?</translation>
    </message>
  </context>
  <context>
    <name>BlockDayWindow</name>
    <message>
      <source>Block day</source>
      <translation>Blockadetag</translation>
    </message>
    <message>
      <source>Rate only the pain the block is for, left and right separately, while doing something that usually hurts. No naps and no pain medication until the last rating. Type a number for each side, then Enter.</source>
      <translation>Bewerten Sie nur den Schmerz, für den die Blockade gedacht ist, links und rechts getrennt, während Sie etwas tun, das sonst schmerzt. Kein Mittagsschlaf und keine Schmerzmittel bis zur letzten Bewertung. Tippen Sie eine Zahl für jede Seite, dann Eingabe.</translation>
    </message>
    <message>
      <source>Left side</source>
      <translation>Linke Seite</translation>
    </message>
    <message>
      <source>Right side</source>
      <translation>Rechte Seite</translation>
    </message>
    <message>
      <source>The block has been given now</source>
      <translation>Die Blockade wurde jetzt gesetzt</translation>
    </message>
    <message>
      <source>Block day summary</source>
      <translation>Zusammenfassung des Blockadetags</translation>
    </message>
    <message>
      <source>Relief after the block</source>
      <translation>Linderung nach der Blockade</translation>
    </message>
    <message>
      <source>Relief (%)</source>
      <translation>Linderung (%)</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>Step 1: before the block, rate your usual pain now.</source>
      <translation>Schritt 1: Bewerten Sie vor der Blockade jetzt Ihren üblichen Schmerz.</translation>
    </message>
    <message>
      <source>Save the pre-block rating</source>
      <translation>Bewertung vor der Blockade speichern</translation>
    </message>
    <message>
      <source>Step 2: press “The block has been given now” once it has been given.</source>
      <translation>Schritt 2: Drücken Sie „Die Blockade wurde jetzt gesetzt“, sobald sie gesetzt ist.</translation>
    </message>
    <message>
      <source>Change the pre-block rating</source>
      <translation>Bewertung vor der Blockade ändern</translation>
    </message>
    <message>
      <source>Step 3: rate your pain at the times below.</source>
      <translation>Schritt 3: Bewerten Sie Ihren Schmerz zu den unten genannten Zeiten.</translation>
    </message>
    <message>
      <source>Save rating</source>
      <translation>Bewertung speichern</translation>
    </message>
    <message>
      <source>Ratings due at (✓ done, ● now, ✗ missed): </source>
      <translation>Bewertungen um (✓ erledigt, ● jetzt, ✗ verpasst): </translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <source>before the block {b}; no ratings after it yet</source>
      <translation>vor der Blockade {b}; noch keine Bewertungen danach</translation>
    </message>
    <message>
      <source>before the block {b}; peak relief {p:.0f} % at {t}</source>
      <translation>vor der Blockade {b}; höchste Linderung {p:.0f} % um {t}</translation>
    </message>
    <message>
      <source> (still at the last rating)</source>
      <translation> (noch bei der letzten Bewertung)</translation>
    </message>
    <message>
      <source>; at or above {lvl:.0f} % for {m} minutes{held}</source>
      <translation>; {m} Minuten bei {lvl:.0f} % oder mehr{held}</translation>
    </message>
    <message>
      <source>; never at or above {lvl:.0f} %</source>
      <translation>; nie bei {lvl:.0f} % oder mehr</translation>
    </message>
    <message>
      <source>; pain came back at {t}</source>
      <translation>; der Schmerz kam um {t} zurück</translation>
    </message>
    <message>
      <source>Choose a rating for at least one side.</source>
      <translation>Wählen Sie eine Bewertung für mindestens eine Seite.</translation>
    </message>
    <message>
      <source>✓ Saved at {t}.</source>
      <translation>✓ Um {t} gespeichert.</translation>
    </message>
    <message>
      <source>It is time to rate your pain ({t}).</source>
      <translation>Zeit, Ihren Schmerz zu bewerten ({t}).</translation>
    </message>
  </context>
  <context>
    <name>DailyReminder</name>
    <message>
      <source>Time for this week's ratings: pain, numbness and soreness. One entry a week is enough to follow your relief over months.</source>
      <translation>Zeit für die Bewertungen dieser Woche: Schmerz, Taubheit und Wundschmerz. Ein Eintrag pro Woche genügt, um Ihre Linderung über Monate zu verfolgen.</translation>
    </message>
    <message>
      <source>Time for today's ratings: pain, numbness and soreness.</source>
      <translation>Zeit für die heutigen Bewertungen: Schmerz, Taubheit und Wundschmerz.</translation>
    </message>
    <message>
      <source>Relief Diary</source>
      <translation>Linderungstagebuch</translation>
    </message>
  </context>
  <context>
    <name>DiarySession</name>
    <message>
      <source>Add entry</source>
      <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
      <source>Edit entry</source>
      <translation>Eintrag ändern</translation>
    </message>
    <message>
      <source>Delete entry</source>
      <translation>Eintrag löschen</translation>
    </message>
    <message>
      <source>Add procedure</source>
      <translation>Eingriff hinzufügen</translation>
    </message>
    <message>
      <source>Edit procedure</source>
      <translation>Eingriff ändern</translation>
    </message>
    <message>
      <source>Delete procedure</source>
      <translation>Eingriff löschen</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Edit entry</source>
      <translation>Eintrag bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <source>a note</source>
      <translation>eine Notiz</translation>
    </message>
    <message>
      <source>Type a number for each rating: &lt;b&gt;{ten}&lt;/b&gt; for 10, &lt;b&gt;Space&lt;/b&gt; to skip, &lt;b&gt;Backspace&lt;/b&gt; to go back, then &lt;b&gt;Enter&lt;/b&gt; to save.</source>
      <translation>Tippen Sie eine Zahl für jede Bewertung: &lt;b&gt;{ten}&lt;/b&gt; für 10, &lt;b&gt;Leertaste&lt;/b&gt; zum Überspringen, &lt;b&gt;Rücktaste&lt;/b&gt; zum Zurückgehen, dann &lt;b&gt;Eingabe&lt;/b&gt; zum Speichern.</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>Optional, as HH:MM</source>
      <translation>Optional, als HH:MM</translation>
    </message>
    <message>
      <source>Anything worth remembering (optional)</source>
      <translation>Was Sie sich merken möchten (optional)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>For the doctor</source>
      <translation>Für den Arzt</translation>
    </message>
    <message>
      <source>Show this note in the appointment report</source>
      <translation>Diese Notiz im Bericht für den Arzttermin zeigen</translation>
    </message>
    <message>
      <source>Save entry</source>
      <translation>Eintrag speichern</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Änderungen speichern</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation>Speicherstatus</translation>
    </message>
    <message>
      <source>Medications</source>
      <translation>Medikamente</translation>
    </message>
    <message>
      <source>&lt;b&gt;Press Enter to save&lt;/b&gt;, or Backspace to change.</source>
      <translation>&lt;b&gt;Eingabe drücken zum Speichern&lt;/b&gt;, oder Rücktaste zum Ändern.</translation>
    </message>
    <message>
      <source>now</source>
      <translation>jetzt</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>The day cannot be in the future.</source>
      <translation>Der Tag darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>The time must be like 14:30, or left empty.</source>
      <translation>Die Uhrzeit muss wie 14:30 aussehen oder leer bleiben.</translation>
    </message>
    <message>
      <source>Write each medication as a name and a dose, separated by ';'.</source>
      <translation>Schreiben Sie jedes Medikament als Name und Dosis, getrennt durch ';'.</translation>
    </message>
    <message>
      <source>The note is too long: {n} characters; a note holds at most {limit}.</source>
      <translation>Die Notiz ist zu lang: {n} Zeichen; eine Notiz darf höchstens {limit} haben.</translation>
    </message>
    <message>
      <source>Choose at least one rating, or write a note: ticked signs and medications are saved with it.</source>
      <translation>Wählen Sie mindestens eine Bewertung oder schreiben Sie eine Notiz: angekreuzte Warnzeichen und Medikamente werden damit gespeichert.</translation>
    </message>
    <message>
      <source>✓ Saved ({when}): {what}.</source>
      <translation>✓ Gespeichert ({when}): {what}.</translation>
    </message>
  </context>
  <context>
    <name>EntryTableModel</name>
    <message>
      <source>For the doctor: </source>
      <translation>Für den Arzt: </translation>
    </message>
    <message>
      <source>Medications: </source>
      <translation>Medikamente: </translation>
    </message>
  </context>
  <context>
    <name>EpisodeTableModel</name>
    <message>
      <source>not reached</source>
      <translation>nicht erreicht</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>andauernd</translation>
    </message>
  </context>
  <context>
    <name>FunctionDialog</name>
    <message>
      <source>Activities and ability</source>
      <translation>Aktivitäten und Fähigkeit</translation>
    </message>
    <message>
      <source>Name up to three activities your pain makes hard (for example “{a}”, “{b}” or “{c}”) and rate how well you can do each: 0 = unable to do it, 10 = as well as before the problem.</source>
      <translation>Nennen Sie bis zu drei Aktivitäten, die Ihnen der Schmerz erschwert (zum Beispiel „{a}“, „{b}“ oder „{c}“), und bewerten Sie, wie gut Sie jede ausführen können: 0 = gar nicht, 10 = so gut wie vor dem Problem.</translation>
    </message>
    <message>
      <source>Your ratings for today, {day}:</source>
      <translation>Ihre Bewertungen für heute, {day}:</translation>
    </message>
    <message>
      <source>Your ratings for just before the procedure of {day} (your starting point):</source>
      <translation>Ihre Bewertungen für kurz vor dem Eingriff am {day} (Ihr Ausgangspunkt):</translation>
    </message>
    <message>
      <source>&lt;b&gt;Activity&lt;/b&gt;</source>
      <translation>&lt;b&gt;Aktivität&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Ability (0–10)&lt;/b&gt;</source>
      <translation>&lt;b&gt;Fähigkeit (0–10)&lt;/b&gt;</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>z. B. {example}</translation>
    </message>
    <message>
      <source>Activity {n}</source>
      <translation>Aktivität {n}</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <source>Ability in activity {n}, 0 to 10</source>
      <translation>Fähigkeit bei Aktivität {n}, 0 bis 10</translation>
    </message>
    <message>
      <source>Name at least one activity.</source>
      <translation>Nennen Sie mindestens eine Aktivität.</translation>
    </message>
  </context>
  <context>
    <name>FunctionPlot</name>
    <message>
      <source>Ability (0–10)</source>
      <translation>Fähigkeit (0–10)</translation>
    </message>
    <message>
      <source>Ability over time</source>
      <translation>Fähigkeit im Zeitverlauf</translation>
    </message>
    <message>
      <source>No ability rated yet.</source>
      <translation>Noch keine Fähigkeit bewertet.</translation>
    </message>
    <message>
      <source>Before the procedure: {score} / 10.</source>
      <translation>Vor dem Eingriff: {score} / 10.</translation>
    </message>
    <message>
      <source>On {day}: {score} / 10</source>
      <translation>Am {day}: {score} / 10</translation>
    </message>
    <message>
      <source> (change since before the procedure: {change} %).</source>
      <translation> (Änderung gegenüber der Zeit vor dem Eingriff: {change} %).</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Relief Diary help</source>
      <translation>Hilfe zum Linderungstagebuch</translation>
    </message>
    <message>
      <source>Help text</source>
      <translation>Hilfetext</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Entry changed.</source>
      <translation>Eintrag geändert.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Entry deleted.</source>
      <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>Import {name}</source>
      <translation>{name} importieren</translation>
    </message>
    <message>
      <source>Day first: {example} is {date}</source>
      <translation>Tag zuerst: {example} bedeutet {date}</translation>
    </message>
    <message>
      <source>Month first: {example} is {date}</source>
      <translation>Monat zuerst: {example} bedeutet {date}</translation>
    </message>
    <message>
      <source>This file writes dates such as {example}, which could be day first or month first. How were they written?</source>
      <translation>Diese Datei enthält Datumsangaben wie {example}, bei denen zuerst der Tag oder zuerst der Monat stehen kann. Wie wurden sie geschrieben?</translation>
    </message>
    <message>
      <source>Problems in the file</source>
      <translation>Probleme in der Datei</translation>
    </message>
    <message>
      <source>Entries to add</source>
      <translation>Einträge zum Hinzufügen</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <source>This file cannot be imported: {n} problem(s) below. Nothing was changed.</source>
      <translation>Diese Datei kann nicht importiert werden: {n} Problem(e) unten. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Choose how the dates are written to see what will be imported.</source>
      <translation>Wählen Sie, wie die Datumsangaben geschrieben sind, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
      <source>{add} new entries will be added; {skip} are already in your diary.</source>
      <translation>{add} neue Einträge werden hinzugefügt; {skip} sind schon in Ihrem Tagebuch.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>sample data</source>
      <translation>Beispieldaten</translation>
    </message>
    <message>
      <source>How are you today?</source>
      <translation>Wie geht es Ihnen heute?</translation>
    </message>
    <message>
      <source>Add procedure…</source>
      <translation>Eingriff hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Trend</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>&amp;Einträge</translation>
    </message>
    <message>
      <source>&amp;Procedures</source>
      <translation>Ein&amp;griffe</translation>
    </message>
    <message>
      <source>temporary sample (deleted on exit)</source>
      <translation>vorübergehendes Beispiel (wird beim Beenden gelöscht)</translation>
    </message>
    <message>
      <source>Diary: {path}</source>
      <translation>Tagebuch: {path}</translation>
    </message>
    <message>
      <source>T&amp;oday</source>
      <translation>He&amp;ute</translation>
    </message>
    <message>
      <source>Your diary is empty. Rate your day below (for example 7 3 2, then Enter), and add the date of your procedure to see your relief.</source>
      <translation>Ihr Tagebuch ist leer. Bewerten Sie Ihren Tag unten (zum Beispiel 7 3 2, dann Eingabe) und tragen Sie das Datum Ihres Eingriffs ein, um Ihre Linderung zu sehen.</translation>
    </message>
    <message>
      <source>No ratings yet. Rate your day below: three numbers, then Enter.</source>
      <translation>Noch keine Bewertungen. Bewerten Sie Ihren Tag unten: drei Zahlen, dann Eingabe.</translation>
    </message>
    <message>
      <source>Add the date of your procedure to see your relief.</source>
      <translation>Tragen Sie das Datum Ihres Eingriffs ein, um Ihre Linderung zu sehen.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>Appointment &amp;report…</source>
      <translation>Be&amp;richt für den Arzttermin…</translation>
    </message>
    <message>
      <source>Save the &amp;chart as a picture…</source>
      <translation>&amp;Diagramm als Bild speichern…</translation>
    </message>
    <message>
      <source>&amp;Export entries (CSV)…</source>
      <translation>Einträge &amp;exportieren (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Import entries (CSV)…</source>
      <translation>Einträge &amp;importieren (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Diary</source>
      <translation>&amp;Tagebuch</translation>
    </message>
    <message>
      <source>Add &amp;procedure…</source>
      <translation>&amp;Eingriff hinzufügen…</translation>
    </message>
    <message>
      <source>Rate &amp;activities…</source>
      <translation>&amp;Aktivitäten bewerten…</translation>
    </message>
    <message>
      <source>Back &amp;up now…</source>
      <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
      <source>Re&amp;store from a backup…</source>
      <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
      <source>&amp;Block day…</source>
      <translation>&amp;Blockadetag…</translation>
    </message>
    <message>
      <source>Relief &amp;rules…</source>
      <translation>&amp;Regeln der Linderung…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Text size</source>
      <translation>&amp;Textgröße</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;About {app}</source>
      <translation>&amp;Über {app}</translation>
    </message>
    <message>
      <source>Today's diagnostic block</source>
      <translation>Die heutige diagnostische Blockade</translation>
    </message>
    <message>
      <source>Add your procedure first: activities are named with a procedure.</source>
      <translation>Tragen Sie zuerst Ihren Eingriff ein: Aktivitäten werden zu einem Eingriff genannt.</translation>
    </message>
    <message>
      <source>Activities saved.</source>
      <translation>Aktivitäten gespeichert.</translation>
    </message>
    <message>
      <source>Reminders: once a week at {time}. Edit ▸ Preferences switches back to every day.</source>
      <translation>Erinnerungen: einmal pro Woche um {time}. Unter Bearbeiten ▸ Einstellungen stellen Sie wieder auf jeden Tag um.</translation>
    </message>
    <message>
      <source>Reminders are off. Edit ▸ Preferences turns them on again.</source>
      <translation>Erinnerungen sind aus. Bearbeiten ▸ Einstellungen schaltet sie wieder ein.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Über {app}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;A follow-up diary for thoracic rhizotomy (medial branch radiofrequency ablation).&lt;/p&gt;&lt;p&gt;It reports what you recorded; it is not medical advice. Your diary stays on this computer.&lt;/p&gt;</source>
      <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Ein Tagebuch zur Nachbeobachtung nach einer thorakalen Rhizotomie (Radiofrequenzablation der Ramus-medialis-Nerven).&lt;/p&gt;&lt;p&gt;Es zeigt, was Sie erfasst haben; es ist kein medizinischer Rat. Ihr Tagebuch bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MedicationField</name>
    <message>
      <source>Medications taken, e.g. ibuprofen 400 mg; paracetamol 1 g</source>
      <translation>Eingenommene Medikamente, z. B. Ibuprofen 400 mg; Paracetamol 1 g</translation>
    </message>
    <message>
      <source>Medications</source>
      <translation>Medikamente</translation>
    </message>
    <message>
      <source>Name and dose of each medication, separated by semicolons</source>
      <translation>Name und Dosis jedes Medikaments, getrennt durch Semikolons</translation>
    </message>
  </context>
  <context>
    <name>PgicDialog</name>
    <message>
      <source>How are you overall?</source>
      <translation>Wie geht es Ihnen insgesamt?</translation>
    </message>
    <message>
      <source>Choose one answer (or type its number, 1 to 7).</source>
      <translation>Wählen Sie eine Antwort (oder tippen Sie ihre Nummer, 1 bis 7).</translation>
    </message>
    <message>
      <source>Save my answer</source>
      <translation>Meine Antwort speichern</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Jetzt nicht</translation>
    </message>
    <message>
      <source>Choose one answer, or press Not now.</source>
      <translation>Wählen Sie eine Antwort oder klicken Sie auf „Jetzt nicht“.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Remind me if I have not rated my day</source>
      <translation>Erinnern, wenn ich meinen Tag nicht bewertet habe</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>Jeden Tag</translation>
    </message>
    <message>
      <source>Once a week</source>
      <translation>Einmal pro Woche</translation>
    </message>
    <message>
      <source>How often to remind</source>
      <translation>Wie oft erinnern</translation>
    </message>
    <message>
      <source>Reminder day</source>
      <translation>Tag der Erinnerung</translation>
    </message>
    <message>
      <source>After the first weeks, one entry a week is enough to follow your relief over months.</source>
      <translation>Nach den ersten Wochen genügt ein Eintrag pro Woche, um Ihre Linderung über Monate zu verfolgen.</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Textgröße</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Name on reports</source>
      <translation>Name auf Berichten</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
    <message>
      <source>A new language applies the next time Relief Diary starts.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start des Linderungstagebuchs.</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>Wie oft</translation>
    </message>
    <message>
      <source>on</source>
      <translation>am</translation>
    </message>
    <message>
      <source>at</source>
      <translation>um</translation>
    </message>
  </context>
  <context>
    <name>ProcedureDialog</name>
    <message>
      <source>Edit procedure</source>
      <translation>Eingriff bearbeiten</translation>
    </message>
    <message>
      <source>Add procedure</source>
      <translation>Eingriff hinzufügen</translation>
    </message>
  </context>
  <context>
    <name>ProcedureFields</name>
    <message>
      <source>e.g. T6–T8</source>
      <translation>z. B. T6–T8</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Nicht erfasst</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Procedure date</source>
      <translation>Datum des Eingriffs</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Kind of procedure</source>
      <translation>Art des Eingriffs</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Segmente</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Seite</translation>
    </message>
    <message>
      <source>Your usual pain before it (0–10)</source>
      <translation>Ihr üblicher Schmerz davor (0–10)</translation>
    </message>
    <message>
      <source>Baseline pain</source>
      <translation>Ausgangsschmerz</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
  </context>
  <context>
    <name>ProceduresPanel</name>
    <message>
      <source>Add procedure…</source>
      <translation>Eingriff hinzufügen…</translation>
    </message>
    <message>
      <source>Relief by procedure</source>
      <translation>Linderung je Eingriff</translation>
    </message>
    <message>
      <source>&lt;b&gt;Relief by procedure&lt;/b&gt;</source>
      <translation>&lt;b&gt;Linderung je Eingriff&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Procedure added.</source>
      <translation>Eingriff hinzugefügt.</translation>
    </message>
    <message>
      <source>Procedure changed.</source>
      <translation>Eingriff geändert.</translation>
    </message>
    <message>
      <source>Procedure deleted.</source>
      <translation>Eingriff gelöscht.</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
  </context>
  <context>
    <name>RatingPad</name>
    <message>
      <source>Ratings</source>
      <translation>Bewertungen</translation>
    </message>
    <message>
      <source>Type a number from 0 to 9 for each rating, {ten} for 10, Space to skip.</source>
      <translation>Tippen Sie 0 bis 9 für jede Bewertung, {ten} für 10, Leertaste zum Überspringen.</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Schmerz</translation>
    </message>
    <message>
      <source>Numbness</source>
      <translation>Taubheit</translation>
    </message>
    <message>
      <source>Soreness</source>
      <translation>Wundschmerz</translation>
    </message>
    <message>
      <source>0 = none</source>
      <translation>0 = keiner</translation>
    </message>
    <message>
      <source>10 = worst imaginable</source>
      <translation>10 = schlimmster vorstellbarer</translation>
    </message>
  </context>
  <context>
    <name>RecordPanel</name>
    <message>
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminder</source>
      <translation>Erinnerung</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Später</translation>
    </message>
    <message>
      <source>Turn reminders off</source>
      <translation>Erinnerungen ausschalten</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Appointment report</source>
      <translation>Bericht für den Arzttermin</translation>
    </message>
    <message>
      <source>Since the last procedure, with the two weeks before it (from {day})</source>
      <translation>Seit dem letzten Eingriff, mit den zwei Wochen davor (ab {day})</translation>
    </message>
    <message>
      <source>Since my last visit, or another day:</source>
      <translation>Seit meinem letzten Termin oder einem anderen Tag:</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Erster Tag</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Letzter Tag</translation>
    </message>
    <message>
      <source>Optional: your name on the report</source>
      <translation>Optional: Ihr Name auf dem Bericht</translation>
    </message>
    <message>
      <source>Name on the report</source>
      <translation>Name auf dem Bericht</translation>
    </message>
    <message>
      <source>Up to</source>
      <translation>Bis</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Als PDF speichern…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Drucken…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>The first day must not be after the last day.</source>
      <translation>Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Bericht speichern</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <source>✓ Saved {path}</source>
      <translation>✓ Gespeichert: {path}</translation>
    </message>
    <message>
      <source>✓ Sent {n} pages to the printer.</source>
      <translation>✓ {n} Seiten an den Drucker geschickt.</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <source>Relief rules</source>
      <translation>Regeln der Linderung</translation>
    </message>
    <message>
      <source>These numbers decide how your relief is judged. The defaults follow the published references in Help; change them only if your care team asks you to.</source>
      <translation>Diese Zahlen bestimmen, wie Ihre Linderung beurteilt wird. Die Vorgaben folgen den veröffentlichten Quellen in der Hilfe; ändern Sie sie nur, wenn Ihr Behandlungsteam Sie darum bittet.</translation>
    </message>
    <message>
      <source>{reason} Default: {default}.</source>
      <translation>{reason} Vorgabe: {default}.</translation>
    </message>
  </context>
  <context>
    <name>StatusPanel</name>
    <message>
      <source>Relief verdict</source>
      <translation>Beurteilung der Linderung</translation>
    </message>
    <message>
      <source>Relief period</source>
      <translation>Zeitraum der Linderung</translation>
    </message>
    <message>
      <source> · best relief {pct:.0f} % on {day}</source>
      <translation> · beste Linderung {pct:.0f} % am {day}</translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <source>Trend chart</source>
      <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
      <source>Rating (0–10)</source>
      <translation>Bewertung (0–10)</translation>
    </message>
    <message>
      <source>Relief (%)</source>
      <translation>Linderung (%)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Relief</source>
      <translation>Linderung</translation>
    </message>
    <message>
      <source>Pain, smoothed</source>
      <translation>Schmerz, geglättet</translation>
    </message>
    <message>
      <source>Chart legend</source>
      <translation>Legende des Diagramms</translation>
    </message>
    <message>
      <source>Point at a day to see its ratings and note.</source>
      <translation>Zeigen Sie auf einen Tag, um Bewertungen und Notiz zu sehen.</translation>
    </message>
    <message>
      <source>Day under the pointer</source>
      <translation>Tag unter dem Zeiger</translation>
    </message>
    <message>
      <source>Show as a table</source>
      <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
      <source>Daily values</source>
      <translation>Tageswerte</translation>
    </message>
    <message>
      <source>Show as a chart</source>
      <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
      <source>no ratings</source>
      <translation>keine Bewertungen</translation>
    </message>
    <message>
      <source>; relief {v:.0f} %</source>
      <translation>; Linderung {v:.0f} %</translation>
    </message>
  </context>
  <context>
    <name>WarningChecklist</name>
    <message>
      <source>Contact your clinic</source>
      <translation>Wenden Sie sich an Ihre Klinik</translation>
    </message>
    <message>
      <source>Day {n} after your procedure: any of these today?</source>
      <translation>Tag {n} nach Ihrem Eingriff: Haben Sie heute etwas davon?</translation>
    </message>
  </context>
  <context>
    <name>WeeklyOffer</name>
    <message>
      <source>You have been rating on fewer than 4 days a week. That is fine: one entry a week is enough to follow your relief over months. Remind you once a week instead of every day?</source>
      <translation>Sie haben an weniger als 4 Tagen pro Woche bewertet. Das ist in Ordnung: Ein Eintrag pro Woche genügt, um Ihre Linderung über Monate zu verfolgen. Sollen wir Sie statt jeden Tag einmal pro Woche erinnern?</translation>
    </message>
    <message>
      <source>Weekly reminder offer</source>
      <translation>Angebot einer wöchentlichen Erinnerung</translation>
    </message>
    <message>
      <source>Reminder day</source>
      <translation>Tag der Erinnerung</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
      <source>Remind me once a week</source>
      <translation>Einmal pro Woche erinnern</translation>
    </message>
    <message>
      <source>Keep daily reminders</source>
      <translation>Tägliche Erinnerungen behalten</translation>
    </message>
    <message>
      <source>on</source>
      <translation>am</translation>
    </message>
    <message>
      <source>at</source>
      <translation>um</translation>
    </message>
  </context>
  <context>
    <name>WelcomeWizard</name>
    <message>
      <source>Welcome to Relief Diary</source>
      <translation>Willkommen beim Linderungstagebuch</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Los geht’s</translation>
    </message>
    <message>
      <source>Three ratings a day</source>
      <translation>Drei Bewertungen am Tag</translation>
    </message>
    <message>
      <source>&lt;p&gt;Each day, rate three things from &lt;b&gt;0 (none)&lt;/b&gt; to &lt;b&gt;10 (worst imaginable)&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Pain&lt;/b&gt;: the pain the procedure was meant to treat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Numbness&lt;/b&gt;: numb or tingling skin where you were treated (common for a while).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Soreness&lt;/b&gt;: where the needles went in (common for the first days).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Bewerten Sie jeden Tag drei Dinge von &lt;b&gt;0 (keiner)&lt;/b&gt; bis &lt;b&gt;10 (schlimmster vorstellbarer)&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Schmerz&lt;/b&gt;: der Schmerz, den der Eingriff behandeln sollte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Taubheit&lt;/b&gt;: taube oder kribbelnde Haut an der behandelten Stelle (eine Weile häufig).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Wundschmerz&lt;/b&gt;: an den Einstichstellen (in den ersten Tagen häufig).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <source>Your diary stays with you</source>
      <translation>Ihr Tagebuch bleibt bei Ihnen</translation>
    </message>
    <message>
      <source>&lt;p&gt;Your diary is kept on this computer only, readable by you alone:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;It is backed up every day to&lt;/p&gt;&lt;p&gt;&lt;code&gt;{backups}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Nothing leaves this computer unless you export or print it. Help (F1) explains everything again.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Ihr Tagebuch liegt nur auf diesem Computer und ist nur für Sie lesbar:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Es wird täglich gesichert nach&lt;/p&gt;&lt;p&gt;&lt;code&gt;{backups}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Nichts verlässt diesen Computer, außer Sie exportieren oder drucken es. Die Hilfe (F1) erklärt alles noch einmal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Press Start&lt;/b&gt;, then rate your day: type the three numbers and press Enter, for example &lt;b&gt;7 3 2 Enter&lt;/b&gt;. &lt;b&gt;{ten}&lt;/b&gt; types 10.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Drücken Sie „Los geht’s“&lt;/b&gt; und bewerten Sie Ihren Tag: Tippen Sie die drei Zahlen und drücken Sie Eingabe, zum Beispiel &lt;b&gt;7 3 2 Eingabe&lt;/b&gt;. &lt;b&gt;{ten}&lt;/b&gt; tippt 10.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Your procedure</source>
      <translation>Ihr Eingriff</translation>
    </message>
    <message>
      <source>Every field can be left out and changed later. Leave the page as it is to add your procedure later.</source>
      <translation>Jedes Feld kann leer bleiben und später geändert werden. Lassen Sie die Seite unverändert, um Ihren Eingriff später einzutragen.</translation>
    </message>
    <message>
      <source>I will add my procedure later</source>
      <translation>Ich trage meinen Eingriff später ein</translation>
    </message>
    <message>
      <source>A daily reminder</source>
      <translation>Eine tägliche Erinnerung</translation>
    </message>
    <message>
      <source>Remind me if I have not rated my day</source>
      <translation>Erinnern, wenn ich meinen Tag nicht bewertet habe</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
      <source>at</source>
      <translation>um</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Relief Diary</source>
      <translation>Linderungstagebuch</translation>
    </message>
  </context>
  <context>
    <name>chart</name>
    <message>
      <source>Baseline {value}</source>
      <translation>Ausgangswert {value}</translation>
    </message>
    <message>
      <source>{pct} % relief</source>
      <translation>Linderung {pct} %</translation>
    </message>
    <message>
      <source>smoothed pain {value} ({basis})</source>
      <translation>geglätteter Schmerz {value} ({basis})</translation>
    </message>
    <message>
      <source>No entries yet.</source>
      <translation>Noch keine Einträge.</translation>
    </message>
    <message>
      <source>From {start} to {end}:</source>
      <translation>Vom {start} bis {end}:</translation>
    </message>
    <message>
      <source>{measure} averaged {mean} (lowest {low}, highest {high})</source>
      <translation>{measure} im Mittel {mean} (niedrigster {low}, höchster {high})</translation>
    </message>
    <message>
      <source>relief now {pct} %</source>
      <translation>Linderung jetzt {pct} %</translation>
    </message>
    <message>
      <source>Rating (0–10)</source>
      <translation>Bewertung (0–10)</translation>
    </message>
    <message>
      <source>Relief (%)</source>
      <translation>Linderung (%)</translation>
    </message>
    <message>
      <source>{measure}, 7-day mean</source>
      <translation>{measure}, 7-Tage-Mittel</translation>
    </message>
    <message>
      <source>Pain, numbness and soreness, {start} – {end}</source>
      <translation>Schmerz, Taubheit und Wundschmerz, {start} – {end}</translation>
    </message>
  </context>
  <context>
    <name>csv</name>
    <message>
      <source>line {line}: {message}</source>
      <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
      <source> (and {n} more problems)</source>
      <translation> (und {n} weitere Probleme)</translation>
    </message>
    <message>
      <source> (and 1 more problem)</source>
      <translation> (und 1 weiteres Problem)</translation>
    </message>
    <message>
      <source>the entry of {when}: {problem}; shorten it, then export again</source>
      <translation>der Eintrag vom {when}: {problem}; kürzen Sie ihn und exportieren Sie erneut</translation>
    </message>
    <message>
      <source>the file is not valid UTF-16 text</source>
      <translation>die Datei ist kein gültiger UTF-16-Text</translation>
    </message>
    <message>
      <source>this is not a CSV text file</source>
      <translation>dies ist keine CSV-Textdatei</translation>
    </message>
    <message>
      <source>this line is not UTF-8 text (in a spreadsheet, save as CSV UTF-8)</source>
      <translation>diese Zeile ist kein UTF-8-Text (in einer Tabellenkalkulation als CSV UTF-8 speichern)</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>die Datei ist leer</translation>
    </message>
    <message>
      <source>the header must be {header}</source>
      <translation>die Kopfzeile muss {header} lauten</translation>
    </message>
    <message>
      <source>this is not valid CSV (check the quotes)</source>
      <translation>dies ist kein gültiges CSV (Anführungszeichen prüfen)</translation>
    </message>
    <message>
      <source>expected {width} fields, found {n}</source>
      <translation>{width} Felder erwartet, {n} gefunden</translation>
    </message>
    <message>
      <source>for_doctor must be yes or empty</source>
      <translation>for_doctor muss yes oder leer sein</translation>
    </message>
    <message>
      <source>warning_signs must be codes such as fever;site</source>
      <translation>warning_signs muss aus Codes wie fever;site bestehen</translation>
    </message>
    <message>
      <source>medications must be 'name dose; name dose'</source>
      <translation>medications muss 'Name Dosis; Name Dosis' sein</translation>
    </message>
    <message>
      <source>a row needs at least one rating or a note</source>
      <translation>eine Zeile braucht mindestens eine Bewertung oder eine Notiz</translation>
    </message>
    <message>
      <source>{name}: the file name must end in .csv or .xlsx</source>
      <translation>{name}: der Dateiname muss auf .csv oder .xlsx enden</translation>
    </message>
    <message>
      <source>this is an old Excel file (.xls): save it as .xlsx or CSV UTF-8</source>
      <translation>dies ist eine alte Excel-Datei (.xls): Speichern Sie sie als .xlsx oder CSV UTF-8</translation>
    </message>
    <message>
      <source>ability must be a whole number from 0 to 10</source>
      <translation>die Fähigkeit muss eine ganze Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
      <source>the {what} has digits other than 0-9 ({text})</source>
      <translation>das Feld „{what}“ enthält andere Ziffern als 0-9 ({text})</translation>
    </message>
    <message>
      <source>this date has the {this} first, but line {other} has the {that} first; all dates of a file must be written the same way</source>
      <translation>dieses Datum nennt zuerst den {this}, Zeile {other} aber zuerst den {that}; alle Datumsangaben einer Datei müssen gleich geschrieben sein</translation>
    </message>
    <message>
      <source>day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <source>date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>the date must be like 2026-09-01, 01/09/2026 or 9/1/2026 (with a 4-digit year)</source>
      <translation>das Datum muss wie 2026-09-01, 01/09/2026 oder 9/1/2026 aussehen (mit vierstelliger Jahreszahl)</translation>
    </message>
    <message>
      <source>the order of day and month is not known</source>
      <translation>die Reihenfolge von Tag und Monat ist unbekannt</translation>
    </message>
    <message>
      <source>time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>the time must be like 08:30, 8:30 AM or 08:30:00, or empty</source>
      <translation>die Uhrzeit muss wie 08:30, 8:30 AM oder 08:30:00 aussehen oder leer sein</translation>
    </message>
    <message>
      <source>{name} must be a whole number from 0 to 10, or empty</source>
      <translation>{name} muss eine ganze Zahl von 0 bis 10 sein oder leer</translation>
    </message>
    <message>
      <source>this workbook is too large to be a diary (over {mb} MB unpacked)</source>
      <translation>diese Arbeitsmappe ist zu groß für ein Tagebuch (über {mb} MB entpackt)</translation>
    </message>
    <message>
      <source>this is not an Excel workbook (.xlsx) the diary can read</source>
      <translation>dies ist keine Excel-Arbeitsmappe (.xlsx), die das Tagebuch lesen kann</translation>
    </message>
    <message>
      <source>a cell holds a formula; the diary takes values</source>
      <translation>eine Zelle enthält eine Formel; das Tagebuch übernimmt nur Werte</translation>
    </message>
  </context>
  <context>
    <name>file_actions</name>
    <message>
      <source>Not saved: {why}</source>
      <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
      <source>Export entries</source>
      <translation>Einträge exportieren</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
      <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <source>{count} entries dated before 1900-01-01 or more than a year ahead were left out (they stay in the diary file).</source>
      <translation>{count} Einträge mit einem Datum vor dem 1900-01-01 oder mehr als ein Jahr in der Zukunft wurden ausgelassen (sie bleiben in der Tagebuchdatei).</translation>
    </message>
    <message>
      <source>{name}: the file name must end in .png or .svg</source>
      <translation>{name}: der Dateiname muss auf .png oder .svg enden</translation>
    </message>
    <message>
      <source>Save the chart</source>
      <translation>Diagramm speichern</translation>
    </message>
    <message>
      <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
      <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
      <source>Back up the diary</source>
      <translation>Tagebuch sichern</translation>
    </message>
    <message>
      <source>Relief Diary backups (*.sqlite3)</source>
      <translation>Sicherungen des Linderungstagebuchs (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backed up {n} entries to {path}.</source>
      <translation>{n} Einträge nach {path} gesichert.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Relief Diary backups (*.sqlite3);;All files (*)</source>
      <translation>Sicherungen des Linderungstagebuchs (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Replace your diary ({now} entries) with this backup ({then} entries)? Your diary as it is now is backed up first.</source>
      <translation>Ihr Tagebuch ({now} Einträge) durch diese Sicherung ({then} Einträge) ersetzen? Ihr jetziges Tagebuch wird vorher gesichert.</translation>
    </message>
    <message>
      <source>The backup could not be restored: {why}</source>
      <translation>Die Sicherung konnte nicht wiederhergestellt werden: {why}</translation>
    </message>
    <message>
      <source>Restored {n} entries.

Your diary as it was before is kept in the backups folder as {name}. To undo, choose that file in Diary ▸ Restore from a backup…</source>
      <translation>{n} Einträge wiederhergestellt.

Ihr bisheriges Tagebuch liegt im Ordner der Sicherungen als {name}. Zum Rückgängigmachen wählen Sie diese Datei unter Tagebuch ▸ Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
      <source>Import entries</source>
      <translation>Einträge importieren</translation>
    </message>
    <message>
      <source>Diary entries (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
      <translation>Tagebucheinträge (*.csv *.xlsx);;CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>Die Datei kann nicht gelesen werden: {why}</translation>
    </message>
  </context>
  <context>
    <name>function</name>
    <message>
      <source>an activity needs a name</source>
      <translation>eine Aktivität braucht einen Namen</translation>
    </message>
    <message>
      <source>an activity's name is at most {n} characters</source>
      <translation>der Name einer Aktivität hat höchstens {n} Zeichen</translation>
    </message>
    <message>
      <source>the day must be a date</source>
      <translation>der Tag muss ein Datum sein</translation>
    </message>
    <message>
      <source>ability must be a whole number from 0 to 10</source>
      <translation>die Fähigkeit muss eine ganze Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
      <source>Ability</source>
      <translation>Fähigkeit</translation>
    </message>
    <message>
      <source>not a time point of the global impression</source>
      <translation>kein Zeitpunkt des globalen Eindrucks</translation>
    </message>
    <message>
      <source>the global impression is a number from 1 to 7</source>
      <translation>der globale Eindruck ist eine Zahl von 1 bis 7</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <source>&lt;h2&gt;Your three ratings&lt;/h2&gt;
&lt;p&gt;Each rating is a whole number from &lt;b&gt;0 (none)&lt;/b&gt; to &lt;b&gt;10 (worst imaginable)&lt;/b&gt;, the
same scale before and after every procedure.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Pain&lt;/b&gt;: the pain the procedure was meant to treat (not the needle sites).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Numbness&lt;/b&gt;: numb or tingling skin where you were treated. It is expected for a while
after an ablation and is not the pain coming back.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Soreness&lt;/b&gt;: soreness where the needles went in, common for 1–4 days, sometimes a
week or two.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Several entries a day are fine: the day counts as their average.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Ihre drei Bewertungen&lt;/h2&gt;
&lt;p&gt;Jede Bewertung ist eine ganze Zahl von &lt;b&gt;0 (keiner)&lt;/b&gt; bis &lt;b&gt;10 (schlimmster
vorstellbarer)&lt;/b&gt;, dieselbe Skala vor und nach jedem Eingriff.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Schmerz&lt;/b&gt;: der Schmerz, den der Eingriff behandeln sollte (nicht die Einstichstellen).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Taubheit&lt;/b&gt;: taube oder kribbelnde Haut an der behandelten Stelle. Sie ist nach einer
Ablation eine Weile zu erwarten und bedeutet nicht, dass der Schmerz zurückkommt.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Wundschmerz&lt;/b&gt;: Schmerz an den Einstichstellen, häufig 1–4 Tage, manchmal ein bis zwei
Wochen.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Mehrere Einträge am Tag sind in Ordnung: Der Tag zählt als ihr Mittelwert.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;The lines on the chart&lt;/h2&gt;
&lt;p&gt;Relief compares your &lt;b&gt;smoothed pain&lt;/b&gt; with your &lt;b&gt;baseline&lt;/b&gt;, your usual pain
before the procedure (or, if none was recorded, the average of the 14 days before it). The
smoothed pain is the average of your last {smoothing_days} days when you rated at least
{smoothing_min_days} of them; when you rate less often, it is the average of your last
{sparse_last_days} entries within {sparse_window_days} days (or of the
{sparse_min_days} there are). The app always says which: "7-day mean" or, for example,
"last 4 entries, over 16 days".&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;{meaningful_percent} %&lt;/b&gt; (about 2 points): the smallest change patients call
meaningful (Farrar et al. 2001, &lt;i&gt;Pain&lt;/i&gt; 94:149).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;{substantial_percent} %&lt;/b&gt;: substantial relief; how success of an ablation is
usually judged (IMMPACT, Dworkin et al. 2008).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;{block_percent} %&lt;/b&gt;: the relief a diagnostic block is expected to give.&lt;/li&gt;
&lt;/ul&gt;</source>
      <translation>&lt;h2&gt;Die Linien im Diagramm&lt;/h2&gt;
&lt;p&gt;Die Linderung vergleicht Ihren &lt;b&gt;geglätteten Schmerz&lt;/b&gt; mit Ihrem &lt;b&gt;Ausgangswert&lt;/b&gt;, Ihrem
üblichen Schmerz vor dem Eingriff (oder, falls keiner erfasst wurde, dem Mittel der 14 Tage
davor). Der geglättete Schmerz ist das Mittel Ihrer letzten {smoothing_days} Tage, wenn Sie an
mindestens {smoothing_min_days} davon bewertet haben; bewerten Sie seltener, ist es das Mittel
Ihrer letzten {sparse_last_days} Einträge innerhalb von {sparse_window_days} Tagen (oder der
vorhandenen, mindestens {sparse_min_days}). Die App sagt immer, welches: „7-Tage-Mittel“ oder zum
Beispiel „letzte 4 Einträge, über 16 Tage“.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;{meaningful_percent} %&lt;/b&gt; (etwa 2 Punkte): die kleinste Änderung, die Patienten als
spürbar empfinden (Farrar et al. 2001, &lt;i&gt;Pain&lt;/i&gt; 94:149).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;{substantial_percent} %&lt;/b&gt;: deutliche Linderung; so wird der Erfolg einer Ablation
meist beurteilt (IMMPACT, Dworkin et al. 2008).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;{block_percent} %&lt;/b&gt;: die Linderung, die eine diagnostische Blockade bringen soll.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;What the verdicts mean&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Settling in&lt;/b&gt;: the first {settling_days} days after an ablation (up to
{settling_max_days} while relief has not reached {meaningful_percent} %). Soreness,
numbness and a sunburn-like patch are common; relief often builds over 2–6 weeks.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Relief holding&lt;/b&gt;: pain is at least {substantial_percent} % below your
baseline. &lt;b&gt;Partial relief&lt;/b&gt;: between {meaningful_percent} and
{substantial_percent} %. &lt;b&gt;No meaningful relief&lt;/b&gt;: less than
{meaningful_percent} %.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Relief may be fading&lt;/b&gt;: over the last 4 weeks (up to 8 when you rate less
often) your pain has risen steadily (a
statistical test, not one bad day) by at least 2 points, or 30 % of your baseline if that is
less. Nerves regrow over months, and relief often fades after 6–12 months.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Relief ended&lt;/b&gt;: pain has been above the {substantial_percent} % line for
{relief_end_days} days in a row after a period of relief. How long relief lasted never
counts days below {substantial_percent} %: while it has not ended, the app counts up to
your last day at {substantial_percent} % or more and says how many days since were below.
If you rated nothing for a while when it ended, it gives the least and the most it can
have lasted.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Too few entries&lt;/b&gt;: fewer than {sparse_min_days} days rated in the last
{sparse_window_days}.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The app reports what you recorded. It is not medical advice and never says whether
anyone qualifies for a procedure. Diary ▸ Relief rules shows every number it uses.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Was die Beurteilungen bedeuten&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Eingewöhnung&lt;/b&gt;: die ersten {settling_days} Tage nach einer Ablation (bis zu
{settling_max_days}, solange die Linderung {meaningful_percent} % nicht erreicht hat).
Wundschmerz, Taubheit und eine Stelle wie nach Sonnenbrand sind häufig; die Linderung baut
sich oft über 2–6 Wochen auf.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Linderung hält an&lt;/b&gt;: der Schmerz liegt mindestens {substantial_percent} % unter Ihrem
Ausgangswert. &lt;b&gt;Teilweise Linderung&lt;/b&gt;: zwischen {meaningful_percent} und
{substantial_percent} %. &lt;b&gt;Keine spürbare Linderung&lt;/b&gt;: weniger als
{meaningful_percent} %.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Linderung lässt vielleicht nach&lt;/b&gt;: In den letzten 4 Wochen (bis zu 8, wenn Sie seltener
bewerten) ist Ihr Schmerz stetig gestiegen (ein statistischer Test, nicht ein schlechter Tag),
um mindestens 2 Punkte oder 30 % Ihres Ausgangswerts, falls das weniger ist. Nerven wachsen
über Monate nach, und die Linderung lässt oft nach 6–12 Monaten nach.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Linderung beendet&lt;/b&gt;: der Schmerz liegt nach einer Zeit der Linderung
{relief_end_days} Tage in Folge über der {substantial_percent}-%-Linie. Tage unter
{substantial_percent} % zählen nie zur Dauer der Linderung: Solange sie nicht beendet ist, zählt
die App bis zu Ihrem letzten Tag mit {substantial_percent} % oder mehr und sagt, wie viele Tage
seitdem darunter lagen. Haben Sie um das Ende herum eine Zeit lang nichts bewertet, nennt sie
die kürzeste und die längste mögliche Dauer.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zu wenige Einträge&lt;/b&gt;: weniger als {sparse_min_days} bewertete Tage in den letzten
{sparse_window_days}.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Die App zeigt, was Sie erfasst haben. Sie ist kein medizinischer Rat und sagt nie, ob
jemand die Voraussetzungen für einen Eingriff erfüllt. Tagebuch ▸ Regeln der Linderung zeigt
jede Zahl, die sie verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;How often to rate&lt;/h2&gt;
&lt;p&gt;Rate every day in the first weeks after a procedure, while things change quickly. After
the first 8 weeks, &lt;b&gt;one entry a week is enough&lt;/b&gt; to follow your relief over months: the
app then uses your last entries and says so. If you rate less often, it offers to remind you
once a week instead of every day; Edit ▸ Preferences switches between every day and once a
week at any time. Several entries on one day count as that day's average.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Wie oft bewerten&lt;/h2&gt;
&lt;p&gt;Bewerten Sie in den ersten Wochen nach einem Eingriff jeden Tag, solange sich vieles schnell
ändert. Nach den ersten 8 Wochen &lt;b&gt;genügt ein Eintrag pro Woche&lt;/b&gt;, um Ihre Linderung über
Monate zu verfolgen: Die App verwendet dann Ihre letzten Einträge und sagt das auch. Wenn Sie
seltener bewerten, bietet sie an, Sie einmal pro Woche statt jeden Tag zu erinnern; unter
Bearbeiten ▸ Einstellungen können Sie jederzeit zwischen jeden Tag und einmal pro Woche
wechseln. Mehrere Einträge an einem Tag zählen als Mittelwert dieses Tages.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Call your clinic&lt;/h2&gt;
&lt;p&gt;After a procedure, call your clinic for a fever over 38 °C / 100.4 °F; spreading redness,
swelling or drainage at the site; or pain that is worsening and not controlled (UW Health
leaflet 5656).&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Rufen Sie Ihre Klinik an&lt;/h2&gt;
&lt;p&gt;Rufen Sie nach einem Eingriff Ihre Klinik an bei Fieber über 38 °C; sich ausbreitender
Rötung, Schwellung oder Sekret an der Stelle; oder Schmerz, der schlimmer wird und sich nicht
beherrschen lässt (UW-Health-Merkblatt 5656).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Taking it to your appointment&lt;/h2&gt;
&lt;p&gt;File ▸ Appointment report (Ctrl+P) makes a one-page summary with the chart and the
numbers your doctor asks for, followed by every entry. Bring it printed or as a PDF. Mark
notes "For the doctor" to put them on the first page.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Zum Arzttermin mitnehmen&lt;/h2&gt;
&lt;p&gt;Datei ▸ Bericht für den Arzttermin (Strg+P) erstellt eine einseitige Übersicht mit dem
Diagramm und den Zahlen, nach denen Ihr Arzt fragt, gefolgt von allen Einträgen. Bringen Sie
ihn gedruckt oder als PDF mit. Markieren Sie Notizen mit „Für den Arzt“, damit sie auf der
ersten Seite stehen.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Your privacy&lt;/h2&gt;
&lt;p&gt;Nothing leaves this computer unless you export or print it. There is no account, no
internet connection and no tracking. Your diary is kept in &lt;code&gt;{diary_path}&lt;/code&gt; and
backed up daily to &lt;code&gt;{backups}&lt;/code&gt;, both readable by you alone.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Ihre Privatsphäre&lt;/h2&gt;
&lt;p&gt;Nichts verlässt diesen Computer, außer Sie exportieren oder drucken es. Es gibt kein Konto,
keine Internetverbindung und keine Nachverfolgung. Ihr Tagebuch liegt in
&lt;code&gt;{diary_path}&lt;/code&gt; und wird täglich nach &lt;code&gt;{backups}&lt;/code&gt; gesichert; beides ist nur
für Sie lesbar.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>4 weeks</source>
      <translation>4 Wochen</translation>
    </message>
    <message>
      <source>3 months</source>
      <translation>3 Monate</translation>
    </message>
    <message>
      <source>6 months</source>
      <translation>6 Monate</translation>
    </message>
    <message>
      <source>12 months</source>
      <translation>12 Monate</translation>
    </message>
    <message>
      <source>very much improved</source>
      <translation>sehr viel besser</translation>
    </message>
    <message>
      <source>much improved</source>
      <translation>viel besser</translation>
    </message>
    <message>
      <source>minimally improved</source>
      <translation>etwas besser</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>unverändert</translation>
    </message>
    <message>
      <source>minimally worse</source>
      <translation>etwas schlechter</translation>
    </message>
    <message>
      <source>much worse</source>
      <translation>viel schlechter</translation>
    </message>
    <message>
      <source>very much worse</source>
      <translation>sehr viel schlechter</translation>
    </message>
    <message>
      <source>Radiofrequency ablation (RFA)</source>
      <translation>Radiofrequenzablation (RFA)</translation>
    </message>
    <message>
      <source>Diagnostic block</source>
      <translation>Diagnostische Blockade</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Anderer</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <source>Both sides</source>
      <translation>Beide Seiten</translation>
    </message>
    <message>
      <source>Meaningful relief (%)</source>
      <translation>Spürbare Linderung (%)</translation>
    </message>
    <message>
      <source>About 2 points: the smallest change patients call meaningful (Farrar 2001).</source>
      <translation>Etwa 2 Punkte: die kleinste Änderung, die Patienten als spürbar empfinden (Farrar 2001).</translation>
    </message>
    <message>
      <source>Substantial relief (%)</source>
      <translation>Deutliche Linderung (%)</translation>
    </message>
    <message>
      <source>RFA success; what payers ask for before a repeat RFA (IMMPACT 2008).</source>
      <translation>Erfolg einer RFA; was Kostenträger vor einer Wiederholung verlangen (IMMPACT 2008).</translation>
    </message>
    <message>
      <source>Positive block (%)</source>
      <translation>Positive Blockade (%)</translation>
    </message>
    <message>
      <source>Relief a diagnostic block must give (Medicare: two blocks of at least 80 %).</source>
      <translation>Linderung, die eine diagnostische Blockade bringen muss (Medicare: zwei Blockaden mit mindestens 80 %).</translation>
    </message>
    <message>
      <source>Baseline window (days)</source>
      <translation>Ausgangszeitraum (Tage)</translation>
    </message>
    <message>
      <source>Days before the procedure averaged when no baseline was recorded.</source>
      <translation>Tage vor dem Eingriff, die gemittelt werden, wenn kein Ausgangsschmerz erfasst wurde.</translation>
    </message>
    <message>
      <source>Baseline needs (days with pain)</source>
      <translation>Ausgangswert braucht (Tage mit Schmerz)</translation>
    </message>
    <message>
      <source>Fewer days than this in the window give no baseline.</source>
      <translation>Weniger Tage im Zeitraum ergeben keinen Ausgangswert.</translation>
    </message>
    <message>
      <source>Smoothing window (days)</source>
      <translation>Glättungsfenster (Tage)</translation>
    </message>
    <message>
      <source>Pain is averaged over a week so one bad day does not swing the verdict.</source>
      <translation>Der Schmerz wird über eine Woche gemittelt, damit ein schlechter Tag die Beurteilung nicht kippt.</translation>
    </message>
    <message>
      <source>Smoothing needs (days with pain)</source>
      <translation>Glättung braucht (Tage mit Schmerz)</translation>
    </message>
    <message>
      <source>Fewer rated days than this in the window give no smoothed value.</source>
      <translation>Weniger bewertete Tage im Fenster ergeben keinen geglätteten Wert.</translation>
    </message>
    <message>
      <source>Sparse logging: look back (days)</source>
      <translation>Seltene Einträge: Rückblick (Tage)</translation>
    </message>
    <message>
      <source>With fewer rated days in the week, the last entries of this many days are used.</source>
      <translation>Hat die Woche weniger bewertete Tage, werden die letzten Einträge aus so vielen Tagen verwendet.</translation>
    </message>
    <message>
      <source>Sparse logging: entries averaged</source>
      <translation>Seltene Einträge: gemittelte Einträge</translation>
    </message>
    <message>
      <source>The most recent rated days averaged when the week has too few.</source>
      <translation>Die jüngsten bewerteten Tage, die gemittelt werden, wenn die Woche zu wenige hat.</translation>
    </message>
    <message>
      <source>Sparse logging: fewest entries</source>
      <translation>Seltene Einträge: Mindestzahl an Einträgen</translation>
    </message>
    <message>
      <source>Fewer rated days than this in the look-back give no smoothed value.</source>
      <translation>Weniger bewertete Tage im Rückblick ergeben keinen geglätteten Wert.</translation>
    </message>
    <message>
      <source>Settling period (days)</source>
      <translation>Eingewöhnungszeit (Tage)</translation>
    </message>
    <message>
      <source>Soreness and numbness are common in the first three weeks after an RFA.</source>
      <translation>Wundschmerz und Taubheit sind in den ersten drei Wochen nach einer RFA häufig.</translation>
    </message>
    <message>
      <source>Longest settling period (days)</source>
      <translation>Längste Eingewöhnungszeit (Tage)</translation>
    </message>
    <message>
      <source>Thoracic relief can take 6–8 weeks to build.</source>
      <translation>Thorakale Linderung kann 6–8 Wochen brauchen.</translation>
    </message>
    <message>
      <source>Relief starts after (days)</source>
      <translation>Linderung beginnt nach (Tagen)</translation>
    </message>
    <message>
      <source>A single good week is needed before relief counts as started.</source>
      <translation>Eine gute Woche ist nötig, bevor die Linderung als begonnen gilt.</translation>
    </message>
    <message>
      <source>Relief ends after (days)</source>
      <translation>Linderung endet nach (Tagen)</translation>
    </message>
    <message>
      <source>Two weeks below the substantial level before relief counts as ended.</source>
      <translation>Zwei Wochen unter der deutlichen Schwelle, bevor die Linderung als beendet gilt.</translation>
    </message>
    <message>
      <source>Reference duration, shorter (days)</source>
      <translation>Bezugsdauer, kürzere (Tage)</translation>
    </message>
    <message>
      <source>Set beside the ≥ 50 % relief period in the report: 12 weeks (some payers).</source>
      <translation>Steht im Bericht neben dem Zeitraum mit Linderung ≥ 50 %: 12 Wochen (manche Kostenträger).</translation>
    </message>
    <message>
      <source>Reference duration, longer (days)</source>
      <translation>Bezugsdauer, längere (Tage)</translation>
    </message>
    <message>
      <source>Set beside the ≥ 50 % relief period: 6 months (US Medicare contractors).</source>
      <translation>Steht neben dem Zeitraum mit Linderung ≥ 50 %: 6 Monate (Medicare-Vertragspartner in den USA).</translation>
    </message>
    <message>
      <source>Fading window (days)</source>
      <translation>Fenster für Nachlassen (Tage)</translation>
    </message>
    <message>
      <source>The trend of the last four weeks is judged.</source>
      <translation>Beurteilt wird der Verlauf der letzten vier Wochen.</translation>
    </message>
    <message>
      <source>Fading needs (days with pain)</source>
      <translation>Nachlassen braucht (Tage mit Schmerz)</translation>
    </message>
    <message>
      <source>Fewer rated days than this in the window give no trend.</source>
      <translation>Weniger bewertete Tage im Fenster ergeben keinen Trend.</translation>
    </message>
    <message>
      <source>Sparse fading window (days)</source>
      <translation>Fenster für Nachlassen bei seltenen Einträgen (Tage)</translation>
    </message>
    <message>
      <source>When the four weeks hold too few ratings, the trend looks back this far …</source>
      <translation>Enthalten die vier Wochen zu wenige Bewertungen, blickt der Trend so weit zurück …</translation>
    </message>
    <message>
      <source>Sparse fading: rated days used</source>
      <translation>Nachlassen bei seltenen Einträgen: verwendete bewertete Tage</translation>
    </message>
    <message>
      <source>… and takes this many of the most recent rated days …</source>
      <translation>… und nimmt so viele der jüngsten bewerteten Tage …</translation>
    </message>
    <message>
      <source>Sparse fading needs (days with pain)</source>
      <translation>Nachlassen bei seltenen Einträgen braucht (Tage mit Schmerz)</translation>
    </message>
    <message>
      <source>… of which at least this many must be there to judge a trend.</source>
      <translation>… von denen mindestens so viele vorhanden sein müssen, um einen Trend zu beurteilen.</translation>
    </message>
    <message>
      <source>Fading test p-value</source>
      <translation>p-Wert des Tests auf Nachlassen</translation>
    </message>
    <message>
      <source>The rise must be unlikely to be chance (one-sided Mann–Kendall test).</source>
      <translation>Der Anstieg darf kaum Zufall sein (einseitiger Mann-Kendall-Test).</translation>
    </message>
    <message>
      <source>Meaningful rise (points)</source>
      <translation>Spürbarer Anstieg (Punkte)</translation>
    </message>
    <message>
      <source>The smoothed pain must rise this much above its lowest point …</source>
      <translation>Der geglättete Schmerz muss so weit über seinen Tiefstwert steigen …</translation>
    </message>
    <message>
      <source>Meaningful rise (share of baseline)</source>
      <translation>Spürbarer Anstieg (Anteil am Ausgangswert)</translation>
    </message>
    <message>
      <source>… or this share of the baseline, whichever is smaller.</source>
      <translation>… oder um diesen Anteil des Ausgangswerts, je nachdem, was kleiner ist.</translation>
    </message>
    <message>
      <source>Fever over 38 °C / 100.4 °F</source>
      <translation>Fieber über 38 °C</translation>
    </message>
    <message>
      <source>Redness, swelling or drainage at the needle site</source>
      <translation>Rötung, Schwellung oder Sekret an der Einstichstelle</translation>
    </message>
    <message>
      <source>New weakness</source>
      <translation>Neue Schwäche</translation>
    </message>
    <message>
      <source>A new numb area</source>
      <translation>Eine neue taube Stelle</translation>
    </message>
    <message>
      <source>Please contact your clinic today about this, or your local emergency number if you feel very unwell. Call-the-clinic signs after a procedure: fever over 38 °C / 100.4 °F; spreading redness, swelling or drainage at the site; pain that is worsening and not controlled.</source>
      <translation>Wenden Sie sich deswegen heute an Ihre Klinik oder an den Notruf, wenn es Ihnen sehr schlecht geht. Gründe, nach einem Eingriff die Klinik anzurufen: Fieber über 38 °C; sich ausbreitende Rötung, Schwellung oder Sekret an der Stelle; Schmerz, der schlimmer wird und sich nicht beherrschen lässt.</translation>
    </message>
    <message>
      <source>Jan</source>
      <translation>Jan.</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>Feb.</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>März</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>Apr.</translation>
    </message>
    <message>
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>Juni</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>Juli</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>Aug.</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>Sept.</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>Okt.</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>Nov.</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>Dez.</translation>
    </message>
    <message>
      <source>No procedure recorded</source>
      <translation>Kein Eingriff erfasst</translation>
    </message>
    <message>
      <source>No baseline</source>
      <translation>Kein Ausgangswert</translation>
    </message>
    <message>
      <source>Settling in</source>
      <translation>Eingewöhnung</translation>
    </message>
    <message>
      <source>Too few entries</source>
      <translation>Zu wenige Einträge</translation>
    </message>
    <message>
      <source>Relief ended</source>
      <translation>Linderung beendet</translation>
    </message>
    <message>
      <source>Relief may be fading</source>
      <translation>Linderung lässt vielleicht nach</translation>
    </message>
    <message>
      <source>Relief holding</source>
      <translation>Linderung hält an</translation>
    </message>
    <message>
      <source>Partial relief</source>
      <translation>Teilweise Linderung</translation>
    </message>
    <message>
      <source>No meaningful relief</source>
      <translation>Keine spürbare Linderung</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1 Monat</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 Jahr</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Since the procedure</source>
      <translation>Seit dem Eingriff</translation>
    </message>
    <message>
      <source>Pain, smoothed</source>
      <translation>Schmerz, geglättet</translation>
    </message>
    <message>
      <source>Relief %</source>
      <translation>Linderung %</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Schmerz</translation>
    </message>
    <message>
      <source>Numbness</source>
      <translation>Taubheit</translation>
    </message>
    <message>
      <source>Soreness</source>
      <translation>Wundschmerz</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mo</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Di</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Mi</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Fr</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sa</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>So</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Segmente</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Seite</translation>
    </message>
    <message>
      <source>Baseline pain</source>
      <translation>Ausgangsschmerz</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <source>a network folder</source>
      <translation>einem Netzwerkordner</translation>
    </message>
    <message>
      <source>a folder synchronised with an online service</source>
      <translation>einem mit einem Onlinedienst synchronisierten Ordner</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>Eingriff</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Ausgangswert</translation>
    </message>
    <message>
      <source>Best relief</source>
      <translation>Beste Linderung</translation>
    </message>
    <message>
      <source>≥ 50 % relief</source>
      <translation>Linderung ≥ 50 %</translation>
    </message>
    <message>
      <source>Days of ≥ 50 %</source>
      <translation>Tage mit ≥ 50 %</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Large (150 %)</source>
      <translation>Groß (150 %)</translation>
    </message>
    <message>
      <source>Very large (200 %)</source>
      <translation>Sehr groß (200 %)</translation>
    </message>
  </context>
  <context>
    <name>notes</name>
    <message>
      <source>the note is {n} characters long; a note holds at most {limit}</source>
      <translation>die Notiz hat {n} Zeichen; eine Notiz darf höchstens {limit} haben</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <source>{name} must be a whole number from 0 to 10</source>
      <translation>{name} muss eine ganze Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
      <source>{name} must be from 0 to 10</source>
      <translation>{name} muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
      <source>the time must be HH:MM, from 00:00 to 23:59</source>
      <translation>die Uhrzeit muss HH:MM sein, von 00:00 bis 23:59</translation>
    </message>
    <message>
      <source>the date must be from {first} to {last}</source>
      <translation>das Datum muss zwischen {first} und {last} liegen</translation>
    </message>
    <message>
      <source>the date must be YYYY-MM-DD</source>
      <translation>das Datum muss JJJJ-MM-TT sein</translation>
    </message>
    <message>
      <source>that date does not exist</source>
      <translation>dieses Datum gibt es nicht</translation>
    </message>
    <message>
      <source>the day must be a date</source>
      <translation>der Tag muss ein Datum sein</translation>
    </message>
    <message>
      <source>the note must be text</source>
      <translation>die Notiz muss Text sein</translation>
    </message>
    <message>
      <source>an entry needs at least one rating or a note</source>
      <translation>ein Eintrag braucht mindestens eine Bewertung oder eine Notiz</translation>
    </message>
    <message>
      <source>the procedure date must be a date</source>
      <translation>das Datum des Eingriffs muss ein Datum sein</translation>
    </message>
  </context>
  <context>
    <name>reference</name>
    <message>
      <source>6 months</source>
      <translation>6 Monate</translation>
    </message>
    <message>
      <source>12 months</source>
      <translation>12 Monate</translation>
    </message>
    <message>
      <source>{n} weeks</source>
      <translation>{n} Wochen</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} Tage</translation>
    </message>
    <message>
      <source>≥ {pct} % for {span}</source>
      <translation>≥ {pct} % für {span}</translation>
    </message>
    <message>
      <source>{head}: reached on {day}</source>
      <translation>{head}: erreicht am {day}</translation>
    </message>
    <message>
      <source>{head}: not reached (no ≥ {pct} % period recorded)</source>
      <translation>{head}: nicht erreicht (kein Zeitraum mit ≥ {pct} % erfasst)</translation>
    </message>
    <message>
      <source>{head}: not reached, {n} days so far</source>
      <translation>{head}: nicht erreicht, bisher {n} Tage</translation>
    </message>
    <message>
      <source>{head}: not reached (the period lasted {n} days)</source>
      <translation>{head}: nicht erreicht (der Zeitraum dauerte {n} Tage)</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <source>day {n} after the procedure of {date}</source>
      <translation>Tag {n} nach dem Eingriff am {date}</translation>
    </message>
    <message>
      <source>No procedure is recorded in the diary.</source>
      <translation>Im Tagebuch ist kein Eingriff erfasst.</translation>
    </message>
    <message>
      <source>The baseline pain recorded is 0, so relief cannot be worked out.</source>
      <translation>Der erfasste Ausgangsschmerz ist 0, daher lässt sich keine Linderung berechnen.</translation>
    </message>
    <message>
      <source>No baseline: no usual pain was recorded with the procedure, and the diary has fewer than {min} days of ratings in the {days} days before it.</source>
      <translation>Kein Ausgangswert: Mit dem Eingriff wurde kein üblicher Schmerz erfasst, und das Tagebuch hat weniger als {min} Tage mit Bewertungen in den {days} Tagen davor.</translation>
    </message>
    <message>
      <source>Settling in ({when}): no verdict on relief is given in the first {days} days, or up to day {last} while relief has not reached {pct}.</source>
      <translation>Eingewöhnung ({when}): Die Linderung wird in den ersten {days} Tagen nicht beurteilt, und bis Tag {last} nicht, solange sie {pct} nicht erreicht hat.</translation>
    </message>
    <message>
      <source>Too few recent entries to work out the patient's current relief ({when}).</source>
      <translation>Zu wenige aktuelle Einträge, um die jetzige Linderung des Patienten zu berechnen ({when}).</translation>
    </message>
    <message>
      <source>pain {pct} below the patient's baseline of {base}</source>
      <translation>Schmerz {pct} unter dem Ausgangswert des Patienten von {base}</translation>
    </message>
    <message>
      <source>pain {pct} above the patient's baseline of {base}</source>
      <translation>Schmerz {pct} über dem Ausgangswert des Patienten von {base}</translation>
    </message>
    <message>
      <source>Relief ended on {date}; now {level} ({when}).</source>
      <translation>Die Linderung endete am {date}; jetzt {level} ({when}).</translation>
    </message>
    <message>
      <source>The patient's pain has risen over the last {weeks} weeks: relief may be fading ({level}, {when}).</source>
      <translation>Der Schmerz des Patienten ist in den letzten {weeks} Wochen gestiegen: Die Linderung lässt vielleicht nach ({level}, {when}).</translation>
    </message>
    <message>
      <source>{title}: {level} ({when}).</source>
      <translation>{title}: {level} ({when}).</translation>
    </message>
    <message>
      <source>no answer recorded</source>
      <translation>keine Antwort erfasst</translation>
    </message>
    <message>
      <source>skipped by the patient</source>
      <translation>vom Patienten übersprungen</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <source>{score} / 10</source>
      <translation>{score} / 10</translation>
    </message>
    <message>
      <source>({change} % of the room to improve)</source>
      <translation>({change} % des Verbesserungsspielraums)</translation>
    </message>
    <message>
      <source>on {day}</source>
      <translation>am {day}</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… und {n} weitere</translation>
    </message>
    <message>
      <source>… and {n} more, see page {page}</source>
      <translation>… und {n} weitere, siehe Seite {page}</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 Tag</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} Tage</translation>
    </message>
    <message>
      <source>recorded with the procedure</source>
      <translation>mit dem Eingriff erfasst</translation>
    </message>
    <message>
      <source>mean of {n} days before the procedure</source>
      <translation>Mittel aus {n} Tagen vor dem Eingriff</translation>
    </message>
    <message>
      <source>Baseline pain</source>
      <translation>Ausgangsschmerz</translation>
    </message>
    <message>
      <source>Pain now</source>
      <translation>Schmerz jetzt</translation>
    </message>
    <message>
      <source>Relief now</source>
      <translation>Linderung jetzt</translation>
    </message>
    <message>
      <source>&lt;b&gt;{pct} %&lt;/b&gt; below baseline</source>
      <translation>&lt;b&gt;{pct} %&lt;/b&gt; unter dem Ausgangswert</translation>
    </message>
    <message>
      <source>Best relief</source>
      <translation>Beste Linderung</translation>
    </message>
    <message>
      <source>{pct} % on {date}</source>
      <translation>{pct} % am {date}</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} Monate</translation>
    </message>
    <message>
      <source>≥ {pct} % relief</source>
      <translation>Linderung ≥ {pct} %</translation>
    </message>
    <message>
      <source>Reference durations</source>
      <translation>Bezugsdauern</translation>
    </message>
    <message>
      <source>Function (PSFS)</source>
      <translation>Funktion (PSFS)</translation>
    </message>
    <message>
      <source>Global impression (PGIC)</source>
      <translation>Globaler Eindruck (PGIC)</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Beurteilung</translation>
    </message>
    <message>
      <source>{what} after {n} days</source>
      <translation>{what} nach {n} Tagen</translation>
    </message>
    <message>
      <source>{what}: not yet</source>
      <translation>{what}: noch nicht</translation>
    </message>
    <message>
      <source>Soreness settled</source>
      <translation>Wundschmerz abgeklungen</translation>
    </message>
    <message>
      <source>Numbness settled</source>
      <translation>Taubheit abgeklungen</translation>
    </message>
    <message>
      <source>Settling</source>
      <translation>Abklingen</translation>
    </message>
    <message>
      <source>activities named ({names}); no baseline rating</source>
      <translation>Aktivitäten genannt ({names}); keine Ausgangsbewertung</translation>
    </message>
    <message>
      <source>{base} / 10 before the procedure</source>
      <translation>{base} / 10 vor dem Eingriff</translation>
    </message>
    <message>
      <source>{score} / 10 on {day}</source>
      <translation>{score} / 10 am {day}</translation>
    </message>
    <message>
      <source>(change {change} % of the room to improve)</source>
      <translation>(Änderung {change} % des Verbesserungsspielraums)</translation>
    </message>
    <message>
      <source>Warning signs ticked</source>
      <translation>Angekreuzte Warnzeichen</translation>
    </message>
    <message>
      <source>Medications recorded</source>
      <translation>Erfasste Medikamente</translation>
    </message>
    <message>
      <source>Notes for the doctor</source>
      <translation>Notizen für den Arzt</translation>
    </message>
    <message>
      <source>No procedure recorded.</source>
      <translation>Kein Eingriff erfasst.</translation>
    </message>
    <message>
      <source>Relief Diary report for {name}</source>
      <translation>Bericht aus dem Linderungstagebuch für {name}</translation>
    </message>
    <message>
      <source>Relief Diary report</source>
      <translation>Bericht aus dem Linderungstagebuch</translation>
    </message>
    <message>
      <source>{start} – {end} · pain, numbness and soreness rated 0 (none) to 10 (worst imaginable) by the patient · made on {today}</source>
      <translation>{start} – {end} · Schmerz, Taubheit und Wundschmerz vom Patienten bewertet von 0 (keiner) bis 10 (schlimmster vorstellbarer) · erstellt am {today}</translation>
    </message>
    <message>
      <source>Ratings and relief, {start} – {end}</source>
      <translation>Bewertungen und Linderung, {start} – {end}</translation>
    </message>
    <message>
      <source>The app reports what the patient recorded; it does not diagnose and does not say whether anyone qualifies for a procedure. Relief = (baseline − smoothed pain) / baseline, where smoothed pain is the {window}-day mean, or the mean of the last {last} entries within {within} days when fewer than {least} of the last {window} days were rated. The rules and reference lines are explained on page 2; details per procedure and every entry follow.</source>
      <translation>Die App zeigt, was der Patient erfasst hat; sie stellt keine Diagnose und sagt nicht, ob jemand die Voraussetzungen für einen Eingriff erfüllt. Linderung = (Ausgangswert − geglätteter Schmerz) / Ausgangswert; der geglättete Schmerz ist das {window}-Tage-Mittel oder, wenn weniger als {least} der letzten {window} Tage bewertet wurden, das Mittel der letzten {last} Einträge innerhalb von {within} Tagen. Regeln und Bezugslinien werden auf Seite 2 erklärt; danach folgen die Details je Eingriff und alle Einträge.</translation>
    </message>
    <message>
      <source>Procedures</source>
      <translation>Eingriffe</translation>
    </message>
    <message>
      <source>Numbers</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <source>Reference lines: {m} % (smallest change patients call meaningful, Farrar 2001), {s} % (substantial relief, IMMPACT 2008), {b} % (positive diagnostic block). ≥ {s} % relief starts after {start} days at that level and ends after {end} days below it. Reference durations set beside it: {short} and {long} days (settings). Function: Patient-Specific Functional Scale (Stratford 1995), each activity 0 (unable) to 10 (as before the problem); change = (F − F0) / (10 − F0). Global impression: PGIC (Guy 1976), 1 very much improved … 7 very much worse.</source>
      <translation>Bezugslinien: {m} % (kleinste Änderung, die Patienten als spürbar empfinden, Farrar 2001), {s} % (deutliche Linderung, IMMPACT 2008), {b} % (positive diagnostische Blockade). Linderung ≥ {s} % beginnt nach {start} Tagen auf diesem Niveau und endet nach {end} Tagen darunter. Daneben gestellte Bezugsdauern: {short} und {long} Tage (Einstellungen). Funktion: Patientenspezifische Funktionsskala (Stratford 1995), jede Aktivität von 0 (nicht möglich) bis 10 (wie vor dem Problem); Änderung = (F − F0) / (10 − F0). Globaler Eindruck: PGIC (Guy 1976), 1 sehr viel besser … 7 sehr viel schlechter.</translation>
    </message>
    <message>
      <source>For the doctor: </source>
      <translation>Für den Arzt: </translation>
    </message>
    <message>
      <source>Medications: </source>
      <translation>Medikamente: </translation>
    </message>
    <message>
      <source>Appendix: every entry, {start} – {end}</source>
      <translation>Anhang: alle Einträge, {start} – {end}</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <source>page {n} of {total}</source>
      <translation>Seite {n} von {total}</translation>
    </message>
    <message>
      <source>Details per procedure</source>
      <translation>Details je Eingriff</translation>
    </message>
    <message>
      <source>Everything recorded for the doctor</source>
      <translation>Alles für den Arzt Erfasste</translation>
    </message>
    <message>
      <source>{n} / 10</source>
      <translation>{n} / 10</translation>
    </message>
    <message>
      <source>Before (baseline), {day}</source>
      <translation>Vorher (Ausgangswert), {day}</translation>
    </message>
    <message>
      <source>Time point</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <source>Function (PSFS, mean of the activities)</source>
      <translation>Funktion (PSFS, Mittel der Aktivitäten)</translation>
    </message>
    <message>
      <source>Activities the patient named: {names}.</source>
      <translation>Vom Patienten genannte Aktivitäten: {names}.</translation>
    </message>
    <message>
      <source>Medication</source>
      <translation>Medikament</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Erster Tag</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Letzter Tag</translation>
    </message>
    <message>
      <source>Days a week before</source>
      <translation>Tage pro Woche vorher</translation>
    </message>
    <message>
      <source>during</source>
      <translation>währenddessen</translation>
    </message>
    <message>
      <source>after the relief period</source>
      <translation>nach dem Zeitraum der Linderung</translation>
    </message>
    <message>
      <source>Days a week</source>
      <translation>Tage pro Woche</translation>
    </message>
    <message>
      <source>Days a week are counted over the days with entries in each part, from {n} days before the procedure.</source>
      <translation>Die Tage pro Woche werden über die Tage mit Einträgen im jeweiligen Abschnitt gezählt, ab {n} Tagen vor dem Eingriff.</translation>
    </message>
    <message>
      <source>Diagnostic block of {day}</source>
      <translation>Diagnostische Blockade am {day}</translation>
    </message>
    <message>
      <source>no block-day ratings.</source>
      <translation>keine Bewertungen vom Blockadetag.</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>nicht erreicht</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} Minuten</translation>
    </message>
    <message>
      <source>{side}: peak relief {peak}; at ≥ {pct} % for {minutes}</source>
      <translation>{side}: höchste Linderung {peak}; Dauer bei ≥ {pct} %: {minutes}</translation>
    </message>
    <message>
      <source>No warning signs, notes for the doctor or medications.</source>
      <translation>Keine Warnzeichen, Notizen für den Arzt oder Medikamente.</translation>
    </message>
    <message>
      <source>Appendix: week by week</source>
      <translation>Anhang: Woche für Woche</translation>
    </message>
    <message>
      <source>Week from</source>
      <translation>Woche ab</translation>
    </message>
    <message>
      <source>Mean pain</source>
      <translation>Mittlerer Schmerz</translation>
    </message>
    <message>
      <source>Relief</source>
      <translation>Linderung</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Einträge</translation>
    </message>
    <message>
      <source>Function (0–10)</source>
      <translation>Funktion (0–10)</translation>
    </message>
    <message>
      <source>Relief: the week's mean pain against the baseline of the procedure before it (not smoothed); blank for a week without entries.</source>
      <translation>Linderung: der mittlere Schmerz der Woche gegenüber dem Ausgangswert des vorangehenden Eingriffs (nicht geglättet); leer für eine Woche ohne Einträge.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Segmente</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Seite</translation>
    </message>
    <message>
      <source>Diagnostic blocks: {days}</source>
      <translation>Diagnostische Blockaden: {days}</translation>
    </message>
  </context>
  <context>
    <name>session</name>
    <message>
      <source>Not saved: the diary was changed outside this window meanwhile. It has been reloaded; please check it and try again.</source>
      <translation>Nicht gespeichert: Das Tagebuch wurde inzwischen außerhalb dieses Fensters geändert. Es wurde neu geladen; bitte prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>Der Ordner {path} existiert nicht.</translation>
    </message>
    <message>
      <source>Relief Diary is already open with this diary: its window was brought forward.</source>
      <translation>Das Linderungstagebuch ist mit diesem Tagebuch bereits geöffnet: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
      <source>The diary {path} is open in another copy of Relief Diary.</source>
      <translation>Das Tagebuch {path} ist in einer anderen Kopie des Linderungstagebuchs geöffnet.</translation>
    </message>
    <message>
      <source>{day} at {time}</source>
      <translation>{day} um {time}</translation>
    </message>
    <message>
      <source>Nothing in the file has been changed.</source>
      <translation>An der Datei wurde nichts geändert.</translation>
    </message>
    <message>
      <source>No backup of this diary was found. You can open another diary with relief-diary --db PATH, or ask someone you trust to look at the file.</source>
      <translation>Es wurde keine Sicherung dieses Tagebuchs gefunden. Sie können mit relief-diary --db PFAD ein anderes Tagebuch öffnen oder eine Person Ihres Vertrauens die Datei ansehen lassen.</translation>
    </message>
    <message>
      <source>The newest good backup is from {when}, with {n} entries. Restore it? The damaged file will be kept beside it, renamed, with its -wal and -shm files.</source>
      <translation>Die neueste gute Sicherung ist vom {when}, mit {n} Einträgen. Wiederherstellen? Die beschädigte Datei wird umbenannt daneben aufbewahrt, mit ihren -wal- und -shm-Dateien.</translation>
    </message>
    <message>
      <source>Restore the backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>The backup could not be restored: {error}</source>
      <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
      <source>{path} is damaged ({problem}).</source>
      <translation>{path} ist beschädigt ({problem}).</translation>
    </message>
    <message>
      <source>Today's backup could not be made: {error}</source>
      <translation>Die heutige Sicherung konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
      <source>Your diary is in {reason}.

Two computers changing it at the same time, or a synchronisation in the middle of a save, can damage it. A folder on this computer is safer; backups are kept either way.</source>
      <translation>Ihr Tagebuch liegt in {reason}.

Wenn zwei Computer es gleichzeitig ändern oder eine Synchronisierung mitten in ein Speichern fällt, kann es beschädigt werden. Ein Ordner auf diesem Computer ist sicherer; Sicherungen werden so oder so angelegt.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>{name} is not a Relief Diary file.</source>
      <translation>{name} ist keine Datei des Linderungstagebuchs.</translation>
    </message>
    <message>
      <source>{name} cannot be read ({why}).</source>
      <translation>{name} kann nicht gelesen werden ({why}).</translation>
    </message>
    <message>
      <source>{name} cannot be read.</source>
      <translation>{name} kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>{name} cannot be used: {problem}.</source>
      <translation>{name} kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
      <source>{name} is damaged.</source>
      <translation>{name} ist beschädigt.</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}.</source>
      <translation>Die Sicherung konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
      <source>The backup could not be written</source>
      <translation>Die Sicherung konnte nicht geschrieben werden</translation>
    </message>
    <message>
      <source>The backup could not be named.</source>
      <translation>Für die Sicherung konnte kein Name vergeben werden.</translation>
    </message>
    <message>
      <source>{path} is not a file.</source>
      <translation>{path} ist keine Datei.</translation>
    </message>
    <message>
      <source>{path} is empty: it is not a Relief Diary file.</source>
      <translation>{path} ist leer: keine Datei des Linderungstagebuchs.</translation>
    </message>
    <message>
      <source>{path} is not a Relief Diary file.</source>
      <translation>{path} ist keine Datei des Linderungstagebuchs.</translation>
    </message>
    <message>
      <source>{path} is damaged (it has been cut short).</source>
      <translation>{path} ist beschädigt (die Datei ist abgeschnitten).</translation>
    </message>
    <message>
      <source>{path} is a database of another program, not a Relief Diary.</source>
      <translation>{path} ist eine Datenbank eines anderen Programms, kein Linderungstagebuch.</translation>
    </message>
    <message>
      <source>{path}: {problem}. Please update the app.</source>
      <translation>{path}: {problem}. Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
      <source>{path} cannot be used: {problem}.</source>
      <translation>{path} kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
      <source>{path} is damaged.</source>
      <translation>{path} ist beschädigt.</translation>
    </message>
    <message>
      <source>{path} is damaged: some rows point to records that do not exist.</source>
      <translation>{path} ist beschädigt: Einige Zeilen verweisen auf Datensätze, die es nicht gibt.</translation>
    </message>
    <message>
      <source>There is no diary at {path}.</source>
      <translation>Unter {path} gibt es kein Tagebuch.</translation>
    </message>
    <message>
      <source>The diary cannot be opened</source>
      <translation>Das Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
      <source>Not saved: the disk is full. Free some space and try again.</source>
      <translation>Nicht gespeichert: Die Festplatte ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Not saved: the computer could not write to the disk. Try again.</source>
      <translation>Nicht gespeichert: Der Computer konnte nicht auf die Festplatte schreiben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Not saved: the diary is busy in another program. Try again.</source>
      <translation>Nicht gespeichert: Das Tagebuch ist in einem anderen Programm belegt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Not saved: the diary file cannot be written to.</source>
      <translation>Nicht gespeichert: In die Tagebuchdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
      <source>Not saved: the diary file is damaged.</source>
      <translation>Nicht gespeichert: Die Tagebuchdatei ist beschädigt.</translation>
    </message>
    <message>
      <source>Not saved: a value was outside what the diary accepts.</source>
      <translation>Nicht gespeichert: Ein Wert lag außerhalb dessen, was das Tagebuch annimmt.</translation>
    </message>
    <message>
      <source>Not saved: the diary could not be written.</source>
      <translation>Nicht gespeichert: Das Tagebuch konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <source>The disk holding the folder {folder} is full. Nothing was changed. Free some space (empty the wastebasket, remove large files) and try again.</source>
      <translation>Die Festplatte mit dem Ordner {folder} ist voll. Es wurde nichts geändert. Schaffen Sie Platz (Papierkorb leeren, große Dateien entfernen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>{path} is locked by another program. Close it (or wait for it to finish) and try again. Nothing was changed.</source>
      <translation>{path} ist von einem anderen Programm gesperrt. Schließen Sie es (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>The folder {folder} is read-only, so the diary cannot be opened for writing. Nothing was changed. Move the diary to a folder you can write to, or open it with relief-diary --db PATH.</source>
      <translation>Der Ordner {folder} ist schreibgeschützt, daher kann das Tagebuch nicht zum Schreiben geöffnet werden. Es wurde nichts geändert. Verschieben Sie das Tagebuch in einen Ordner, in den Sie schreiben dürfen, oder öffnen Sie es mit relief-diary --db PATH.</translation>
    </message>
    <message>
      <source>You do not have permission to read and write {path}. Nothing was changed.</source>
      <translation>Sie haben keine Berechtigung, {path} zu lesen und zu schreiben. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>The computer could not read or write {path} (a disk or a connection problem). Nothing was changed. Try again.</source>
      <translation>Der Computer konnte {path} nicht lesen oder schreiben (ein Problem mit der Festplatte oder der Verbindung). Es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>{path} could not be opened right now. Nothing was changed. Try again.</source>
      <translation>{path} konnte gerade nicht geöffnet werden. Es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>{doing}: the folder {folder} is read-only.</source>
      <translation>{doing}: Der Ordner {folder} ist schreibgeschützt.</translation>
    </message>
    <message>
      <source>{doing}: you do not have permission to write {path}.</source>
      <translation>{doing}: Sie haben keine Berechtigung, {path} zu schreiben.</translation>
    </message>
    <message>
      <source>{doing}: {why}.</source>
      <translation>{doing}: {why}.</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
      <source>{path} is the diary itself (or one of its own files): choose another name.</source>
      <translation>{path} ist das Tagebuch selbst (oder eine seiner Dateien): Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <source>{path} is in the diary's backups folder, which Relief Diary manages itself: choose another folder.</source>
      <translation>{path} liegt im Ordner der Sicherungen des Tagebuchs, den das Linderungstagebuch selbst verwaltet: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <source>{path} is a folder: give a file name.</source>
      <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
      <source>{path} already exists: choose another name, or add --force to replace it.</source>
      <translation>{path} gibt es schon: Wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
      <source>some of its values are not stored as Relief Diary stores them ('{column}' in {table})</source>
      <translation>einige seiner Werte sind nicht so gespeichert, wie das Linderungstagebuch sie speichert ('{column}' in {table})</translation>
    </message>
    <message>
      <source>some of its entries hold a warning sign that Relief Diary does not know</source>
      <translation>einige seiner Einträge enthalten ein Warnzeichen, das das Linderungstagebuch nicht kennt</translation>
    </message>
    <message>
      <source>some of its rows break the diary's rules (a rating outside 0–10, say)</source>
      <translation>einige Zeilen verstoßen gegen die Regeln des Tagebuchs (etwa eine Bewertung außerhalb von 0–10)</translation>
    </message>
    <message>
      <source>some of its rows point to records that do not exist</source>
      <translation>einige Zeilen verweisen auf Datensätze, die es nicht gibt</translation>
    </message>
    <message>
      <source>it contains an extra {kind} named '{name}' that Relief Diary never creates (it could change or hide entries)</source>
      <translation>die Datei enthält ein zusätzliches Element ({kind}) namens '{name}', das das Linderungstagebuch nie anlegt (es könnte Einträge ändern oder verbergen)</translation>
    </message>
    <message>
      <source>it contains an extra {kind} named '{name}' that Relief Diary never creates</source>
      <translation>die Datei enthält ein zusätzliches Element ({kind}) namens '{name}', das das Linderungstagebuch nie anlegt</translation>
    </message>
    <message>
      <source>its {kind} '{name}' is not defined as Relief Diary defines it</source>
      <translation>das Element ({kind}) '{name}' ist anders definiert als im Linderungstagebuch</translation>
    </message>
    <message>
      <source>'{name}' is a {other}, not a {kind}</source>
      <translation>'{name}' ist vom Typ {other}, nicht {kind}</translation>
    </message>
    <message>
      <source>its {kind} '{name}' is missing</source>
      <translation>das Element ({kind}) '{name}' fehlt</translation>
    </message>
    <message>
      <source>it is not a Relief Diary file</source>
      <translation>keine Datei des Linderungstagebuchs</translation>
    </message>
    <message>
      <source>it was written by a newer version of Relief Diary (schema {version}; this version reads up to {known})</source>
      <translation>die Datei wurde von einer neueren Version des Linderungstagebuchs geschrieben (Schema {version}; diese Version liest bis {known})</translation>
    </message>
    <message>
      <source>its schema version ({version}) is unknown</source>
      <translation>die Schemaversion ({version}) ist unbekannt</translation>
    </message>
    <message>
      <source>it is damaged (the database check failed)</source>
      <translation>die Datei ist beschädigt (die Datenbankprüfung ist fehlgeschlagen)</translation>
    </message>
    <message>
      <source>the diary is open in Relief Diary: close it first</source>
      <translation>das Tagebuch ist im Linderungstagebuch geöffnet: Schließen Sie es zuerst</translation>
    </message>
  </context>
  <context>
    <name>ten key</name>
    <message>
      <source>T</source>
      <translation>Z</translation>
    </message>
  </context>
  <context>
    <name>wording</name>
    <message>
      <source>day {n} after the procedure on {date}</source>
      <translation>Tag {n} nach dem Eingriff am {date}</translation>
    </message>
    <message>
      <source>No ablation (RFA) recorded yet. A diagnostic block is summarised on its block day; your day-to-day relief is followed from the RFA on.</source>
      <translation>Noch keine Ablation (RFA) erfasst. Eine diagnostische Blockade wird an ihrem Blockadetag zusammengefasst; Ihre Linderung von Tag zu Tag wird ab der RFA verfolgt.</translation>
    </message>
    <message>
      <source>No procedure recorded yet. Add the date of your procedure to see your relief.</source>
      <translation>Noch kein Eingriff erfasst. Tragen Sie das Datum Ihres Eingriffs ein, um Ihre Linderung zu sehen.</translation>
    </message>
    <message>
      <source>Your baseline pain is 0, so relief cannot be worked out. Check the usual pain recorded with the procedure.</source>
      <translation>Ihr Ausgangsschmerz ist 0, daher lässt sich keine Linderung berechnen. Prüfen Sie den beim Eingriff erfassten üblichen Schmerz.</translation>
    </message>
    <message>
      <source>No baseline: add your usual pain before the procedure, or at least {min} days of ratings from the {days} days before it.</source>
      <translation>Kein Ausgangswert: Tragen Sie Ihren üblichen Schmerz vor dem Eingriff ein oder mindestens {min} Tage mit Bewertungen aus den {days} Tagen davor.</translation>
    </message>
    <message>
      <source>Settling in: day {n} of {days}. Soreness and numbness are common in the first weeks.</source>
      <translation>Eingewöhnung: Tag {n} von {days}. Wundschmerz und Taubheit sind in den ersten Wochen häufig.</translation>
    </message>
    <message>
      <source>Settling in: day {n}. Relief has not reached {pct} yet; thoracic relief can take 6–8 weeks to build (judged from day {last} at the latest).</source>
      <translation>Eingewöhnung: Tag {n}. Die Linderung hat {pct} noch nicht erreicht; thorakale Linderung kann 6–8 Wochen brauchen (beurteilt spätestens ab Tag {last}).</translation>
    </message>
    <message>
      <source>Too few entries: rate your pain on at least {min} days in any {days} to see your relief (once a week is enough).</source>
      <translation>Zu wenige Einträge: Bewerten Sie Ihren Schmerz an mindestens {min} von je {days} Tagen, um Ihre Linderung zu sehen (einmal pro Woche genügt).</translation>
    </message>
    <message>
      <source>{pain} is {pct} below your baseline of {base}</source>
      <translation>{pain} liegt {pct} unter Ihrem Ausgangswert von {base}</translation>
    </message>
    <message>
      <source>{pain} is {pct} above your baseline of {base}</source>
      <translation>{pain} liegt {pct} über Ihrem Ausgangswert von {base}</translation>
    </message>
    <message>
      <source>Relief ended on {date}: {level} ({when}). Consider telling your care team.</source>
      <translation>Die Linderung endete am {date}: {level} ({when}). Sprechen Sie ggf. mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
      <source>Your pain has risen over the last {weeks} weeks: relief may be fading; {level}, {when}. Consider telling your care team.</source>
      <translation>Ihr Schmerz ist in den letzten {weeks} Wochen gestiegen: Die Linderung lässt vielleicht nach; {level}, {when}. Sprechen Sie ggf. mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
      <source>{title}: {level} ({when}).</source>
      <translation>{title}: {level} ({when}).</translation>
    </message>
    <message>
      <source>{n}-day mean</source>
      <translation>{n}-Tage-Mittel</translation>
    </message>
    <message>
      <source>last {n} entries, over {span} days</source>
      <translation>letzte {n} Einträge, über {span} Tage</translation>
    </message>
    <message>
      <source>, the latest {age} days ago</source>
      <translation>, der jüngste vor {age} Tagen</translation>
    </message>
    <message>
      <source>pain {value} ({basis})</source>
      <translation>der Schmerz von {value} ({basis})</translation>
    </message>
    <message>
      <source>below {pct} for the last {below} days; {days} days at ≥ {pct} so far</source>
      <translation>seit {below} Tagen unter {pct}; bisher {days} Tage mit ≥ {pct}</translation>
    </message>
    <message>
      <source>≥ {pct} relief for between {low} and {high} days: too few entries from {a} to {b}</source>
      <translation>Linderung ≥ {pct} für {low} bis {high} Tage: zu wenige Einträge vom {a} bis {b}</translation>
    </message>
    <message>
      <source>≥ {pct} relief for between {low} and {high} days: no entries from {a} to {b}</source>
      <translation>Linderung ≥ {pct} für {low} bis {high} Tage: keine Einträge vom {a} bis {b}</translation>
    </message>
    <message>
      <source>≥ {pct} relief</source>
      <translation>Linderung ≥ {pct}</translation>
    </message>
    <message>
      <source>{head}: not reached yet</source>
      <translation>{head}: noch nicht erreicht</translation>
    </message>
    <message>
      <source>{head}: from {start}, ongoing; {below}</source>
      <translation>{head}: seit {start}, andauernd; {below}</translation>
    </message>
    <message>
      <source>{head}: from {start}, ongoing, {days} days so far</source>
      <translation>{head}: seit {start}, andauernd, bisher {days} Tage</translation>
    </message>
    <message>
      <source>{gap} (from {start}; ended by {end})</source>
      <translation>{gap} (ab {start}; spätestens am {end} beendet)</translation>
    </message>
    <message>
      <source>{head}: from {start} to {end} ({days} days)</source>
      <translation>{head}: vom {start} bis {end} ({days} Tage)</translation>
    </message>
  </context>
</TS>
