<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AppointmentPrompts</name>
    <message>
      <source>&lt;b&gt;{when} since your procedure of {day}:&lt;/b&gt; how are you overall?</source>
      <translation>&lt;b&gt;Han pasado {when} desde su procedimiento del {day}:&lt;/b&gt; ¿cómo se encuentra en general?</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>Responder…</translation>
    </message>
    <message>
      <source>Skip this question</source>
      <translation>Saltar esta pregunta</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your procedure of {day}:&lt;/b&gt; name up to three activities your pain makes hard, and rate them.</source>
      <translation>&lt;b&gt;Su procedimiento del {day}:&lt;/b&gt; indique hasta tres actividades que el dolor le dificulte y puntúelas.</translation>
    </message>
    <message>
      <source>Name activities…</source>
      <translation>Indicar actividades…</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your activities are named.&lt;/b&gt; Now rate the same activities as they are today (a few seconds).</source>
      <translation>&lt;b&gt;Sus actividades están indicadas.&lt;/b&gt; Ahora puntúe las mismas actividades tal como están hoy (solo unos segundos).</translation>
    </message>
    <message>
      <source>Rate activities…</source>
      <translation>Puntuar actividades…</translation>
    </message>
    <message>
      <source>&lt;b&gt;A week has passed:&lt;/b&gt; please rate your activities again (a few seconds).</source>
      <translation>&lt;b&gt;Ha pasado una semana:&lt;/b&gt; vuelva a puntuar sus actividades (solo unos segundos).</translation>
    </message>
    <message>
      <source>Not this week</source>
      <translation>Esta semana no</translation>
    </message>
    <message>
      <source>&lt;b&gt;{when} since your procedure of {day}.&lt;/b&gt; Since the procedure, how would you describe the change in your pain condition overall?</source>
      <translation>&lt;b&gt;Han pasado {when} desde su procedimiento del {day}.&lt;/b&gt; Desde el procedimiento, ¿cómo describiría en general el cambio en su dolor?</translation>
    </message>
  </context>
  <context>
    <name>BlockDayWindow</name>
    <message>
      <source>Block day</source>
      <translation>Día del bloqueo</translation>
    </message>
    <message>
      <source>Rate only the pain the block is for, left and right separately, while doing something that usually hurts. No naps and no pain medication until the last rating. Type a number for each side, then Enter.</source>
      <translation>Haga las puntuaciones solo del dolor para el que es el bloqueo, lado izquierdo y derecho por separado, mientras hace algo que le suele doler. Sin siestas ni analgésicos hasta la última puntuación. Escriba un número para cada lado y pulse Intro.</translation>
    </message>
    <message>
      <source>Left side</source>
      <translation>Lado izquierdo</translation>
    </message>
    <message>
      <source>Right side</source>
      <translation>Lado derecho</translation>
    </message>
    <message>
      <source>The block has been given now</source>
      <translation>Ya me han puesto el bloqueo</translation>
    </message>
    <message>
      <source>Block day summary</source>
      <translation>Resumen del día del bloqueo</translation>
    </message>
    <message>
      <source>Relief after the block</source>
      <translation>Alivio tras el bloqueo</translation>
    </message>
    <message>
      <source>Relief (%)</source>
      <translation>Alivio (%)</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Step 1: before the block, rate your usual pain now.</source>
      <translation>Paso 1: antes del bloqueo, puntúe ahora su dolor habitual.</translation>
    </message>
    <message>
      <source>Save the pre-block rating</source>
      <translation>Guardar la puntuación previa</translation>
    </message>
    <message>
      <source>Step 2: press “The block has been given now” once it has been given.</source>
      <translation>Paso 2: pulse «Ya me han puesto el bloqueo» cuando se lo hayan puesto.</translation>
    </message>
    <message>
      <source>Change the pre-block rating</source>
      <translation>Cambiar la puntuación previa al bloqueo</translation>
    </message>
    <message>
      <source>Step 3: rate your pain at the times below.</source>
      <translation>Paso 3: puntúe su dolor a las horas indicadas.</translation>
    </message>
    <message>
      <source>Save rating</source>
      <translation>Guardar puntuación</translation>
    </message>
    <message>
      <source>Ratings due at (✓ done, ● now, ✗ missed): </source>
      <translation>Puntuaciones a las (✓ hecha, ● ahora, ✗ perdida): </translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Izquierdo</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Derecho</translation>
    </message>
    <message>
      <source>before the block {b}; no ratings after it yet</source>
      <translation>antes del bloqueo {b}; aún sin puntuaciones después</translation>
    </message>
    <message>
      <source>before the block {b}; peak relief {p:.0f} % at {t}</source>
      <translation>antes del bloqueo {b}; alivio máximo {p:.0f} % a las {t}</translation>
    </message>
    <message>
      <source> (still at the last rating)</source>
      <translation> (todavía en la última puntuación)</translation>
    </message>
    <message>
      <source>; at or above {lvl:.0f} % for {m} minutes{held}</source>
      <translation>; en {lvl:.0f} % o más durante {m} minutos{held}</translation>
    </message>
    <message>
      <source>; never at or above {lvl:.0f} %</source>
      <translation>; nunca en {lvl:.0f} % o más</translation>
    </message>
    <message>
      <source>; pain came back at {t}</source>
      <translation>; el dolor volvió a las {t}</translation>
    </message>
    <message>
      <source>Choose a rating for at least one side.</source>
      <translation>Elija una puntuación para al menos un lado.</translation>
    </message>
    <message>
      <source>✓ Saved at {t}.</source>
      <translation>✓ Guardado a las {t}.</translation>
    </message>
    <message>
      <source>It is time to rate your pain ({t}).</source>
      <translation>Es hora de puntuar su dolor ({t}).</translation>
    </message>
  </context>
  <context>
    <name>DailyReminder</name>
    <message>
      <source>Time for this week's ratings: pain, numbness and soreness. One entry a week is enough to follow your relief over months.</source>
      <translation>Es hora de las puntuaciones de esta semana: dolor, entumecimiento y molestias. Con una anotación a la semana basta para seguir su alivio durante meses.</translation>
    </message>
    <message>
      <source>Time for today's ratings: pain, numbness and soreness.</source>
      <translation>Es hora de las puntuaciones de hoy: dolor, entumecimiento y molestias.</translation>
    </message>
    <message>
      <source>Relief Diary</source>
      <translation>Diario de alivio</translation>
    </message>
  </context>
  <context>
    <name>DiarySession</name>
    <message>
      <source>Add entry</source>
      <translation>Añadir anotación</translation>
    </message>
    <message>
      <source>Edit entry</source>
      <translation>Cambiar anotación</translation>
    </message>
    <message>
      <source>Delete entry</source>
      <translation>Borrar anotación</translation>
    </message>
    <message>
      <source>Add procedure</source>
      <translation>Añadir procedimiento</translation>
    </message>
    <message>
      <source>Edit procedure</source>
      <translation>Cambiar procedimiento</translation>
    </message>
    <message>
      <source>Delete procedure</source>
      <translation>Borrar procedimiento</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Edit entry</source>
      <translation>Editar anotación</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <source>a note</source>
      <translation>una nota</translation>
    </message>
    <message>
      <source>Type a number for each rating: &lt;b&gt;{ten}&lt;/b&gt; for 10, &lt;b&gt;Space&lt;/b&gt; to skip, &lt;b&gt;Backspace&lt;/b&gt; to go back, then &lt;b&gt;Enter&lt;/b&gt; to save.</source>
      <translation>Escriba un número para cada puntuación: &lt;b&gt;{ten}&lt;/b&gt; para 10, &lt;b&gt;Espacio&lt;/b&gt; para saltar, &lt;b&gt;Retroceso&lt;/b&gt; para volver, y &lt;b&gt;Intro&lt;/b&gt; para guardar.</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Optional, as HH:MM</source>
      <translation>Opcional, como HH:MM</translation>
    </message>
    <message>
      <source>Anything worth remembering (optional)</source>
      <translation>Algo que quiera recordar (opcional)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>For the doctor</source>
      <translation>Para el médico</translation>
    </message>
    <message>
      <source>Show this note in the appointment report</source>
      <translation>Mostrar esta nota en el informe para la consulta</translation>
    </message>
    <message>
      <source>Save entry</source>
      <translation>Guardar anotación</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Limpiar</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation>Estado del guardado</translation>
    </message>
    <message>
      <source>Medications</source>
      <translation>Medicamentos</translation>
    </message>
    <message>
      <source>&lt;b&gt;Press Enter to save&lt;/b&gt;, or Backspace to change.</source>
      <translation>&lt;b&gt;Pulse Intro para guardar&lt;/b&gt;, o Retroceso para cambiar.</translation>
    </message>
    <message>
      <source>now</source>
      <translation>ahora</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <source>The day cannot be in the future.</source>
      <translation>El día no puede estar en el futuro.</translation>
    </message>
    <message>
      <source>The time must be like 14:30, or left empty.</source>
      <translation>La hora debe ser como 14:30, o quedar vacía.</translation>
    </message>
    <message>
      <source>Write each medication as a name and a dose, separated by ';'.</source>
      <translation>Escriba cada medicamento con nombre y dosis, separados por ';'.</translation>
    </message>
    <message>
      <source>The note is too long: {n} characters; a note holds at most {limit}.</source>
      <translation>La nota es demasiado larga: {n} caracteres; una nota admite como máximo {limit}.</translation>
    </message>
    <message>
      <source>Choose at least one rating, or write a note: ticked signs and medications are saved with it.</source>
      <translation>Elija al menos una puntuación o escriba una nota: las señales de alarma marcadas y los medicamentos se guardan con ella.</translation>
    </message>
    <message>
      <source>✓ Saved ({when}): {what}.</source>
      <translation>✓ Guardado ({when}): {what}.</translation>
    </message>
  </context>
  <context>
    <name>EntryTableModel</name>
    <message>
      <source>For the doctor: </source>
      <translation>Para el médico: </translation>
    </message>
    <message>
      <source>Medications: </source>
      <translation>Medicamentos: </translation>
    </message>
  </context>
  <context>
    <name>EpisodeTableModel</name>
    <message>
      <source>not reached</source>
      <translation>no alcanzado</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>continúa</translation>
    </message>
  </context>
  <context>
    <name>FunctionDialog</name>
    <message>
      <source>Activities and ability</source>
      <translation>Actividades y capacidad</translation>
    </message>
    <message>
      <source>Name up to three activities your pain makes hard (for example “{a}”, “{b}” or “{c}”) and rate how well you can do each: 0 = unable to do it, 10 = as well as before the problem.</source>
      <translation>Indique hasta tres actividades que el dolor le dificulte (por ejemplo, «{a}», «{b}» o «{c}») y puntúe lo bien que puede hacer cada una: 0 = no puedo hacerla, 10 = igual que antes del problema.</translation>
    </message>
    <message>
      <source>Your ratings for today, {day}:</source>
      <translation>Sus puntuaciones de hoy, {day}:</translation>
    </message>
    <message>
      <source>Your ratings for just before the procedure of {day} (your starting point):</source>
      <translation>Sus puntuaciones de justo antes del procedimiento del {day} (su punto de partida):</translation>
    </message>
    <message>
      <source>&lt;b&gt;Activity&lt;/b&gt;</source>
      <translation>&lt;b&gt;Actividad&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Ability (0–10)&lt;/b&gt;</source>
      <translation>&lt;b&gt;Capacidad (0–10)&lt;/b&gt;</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ej. {example}</translation>
    </message>
    <message>
      <source>Activity {n}</source>
      <translation>Actividad {n}</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>sin puntuar</translation>
    </message>
    <message>
      <source>Ability in activity {n}, 0 to 10</source>
      <translation>Capacidad en la actividad {n}, de 0 a 10</translation>
    </message>
    <message>
      <source>Name at least one activity.</source>
      <translation>Indique al menos una actividad.</translation>
    </message>
  </context>
  <context>
    <name>FunctionPlot</name>
    <message>
      <source>Ability (0–10)</source>
      <translation>Capacidad (0–10)</translation>
    </message>
    <message>
      <source>Ability over time</source>
      <translation>Capacidad a lo largo del tiempo</translation>
    </message>
    <message>
      <source>No ability rated yet.</source>
      <translation>Aún no ha puntuado ninguna capacidad.</translation>
    </message>
    <message>
      <source>Before the procedure: {score} / 10.</source>
      <translation>Antes del procedimiento: {score} / 10.</translation>
    </message>
    <message>
      <source>On {day}: {score} / 10</source>
      <translation>El {day}: {score} / 10</translation>
    </message>
    <message>
      <source> (change since before the procedure: {change} %).</source>
      <translation> (cambio desde antes del procedimiento: {change} %).</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Relief Diary help</source>
      <translation>Ayuda del Diario de alivio</translation>
    </message>
    <message>
      <source>Help text</source>
      <translation>Texto de ayuda</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Entry changed.</source>
      <translation>Anotación cambiada.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>Entry deleted.</source>
      <translation>Anotación eliminada.</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>Import {name}</source>
      <translation>Importar {name}</translation>
    </message>
    <message>
      <source>Day first: {example} is {date}</source>
      <translation>Primero el día: {example} es el {date}</translation>
    </message>
    <message>
      <source>Month first: {example} is {date}</source>
      <translation>Primero el mes: {example} es el {date}</translation>
    </message>
    <message>
      <source>This file writes dates such as {example}, which could be day first or month first. How were they written?</source>
      <translation>Este archivo escribe fechas como {example}, que pueden llevar primero el día o primero el mes. ¿Cómo se escribieron?</translation>
    </message>
    <message>
      <source>Problems in the file</source>
      <translation>Problemas del archivo</translation>
    </message>
    <message>
      <source>Entries to add</source>
      <translation>Anotaciones que se añadirán</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>This file cannot be imported: {n} problem(s) below. Nothing was changed.</source>
      <translation>Este archivo no se puede importar: {n} problema(s) abajo. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>Choose how the dates are written to see what will be imported.</source>
      <translation>Elija cómo están escritas las fechas para ver qué se importará.</translation>
    </message>
    <message>
      <source>{add} new entries will be added; {skip} are already in your diary.</source>
      <translation>Se añadirán {add} anotaciones nuevas; {skip} ya están en su diario.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>sample data</source>
      <translation>datos de ejemplo</translation>
    </message>
    <message>
      <source>How are you today?</source>
      <translation>¿Cómo está hoy?</translation>
    </message>
    <message>
      <source>Add procedure…</source>
      <translation>Añadir procedimiento…</translation>
    </message>
    <message>
      <source>&amp;Trend</source>
      <translation>Evol&amp;ución</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>Hi&amp;storial</translation>
    </message>
    <message>
      <source>&amp;Procedures</source>
      <translation>&amp;Procedimientos</translation>
    </message>
    <message>
      <source>temporary sample (deleted on exit)</source>
      <translation>ejemplo temporal (se borra al salir)</translation>
    </message>
    <message>
      <source>Diary: {path}</source>
      <translation>Diario: {path}</translation>
    </message>
    <message>
      <source>T&amp;oday</source>
      <translation>&amp;Hoy</translation>
    </message>
    <message>
      <source>Your diary is empty. Rate your day below (for example 7 3 2, then Enter), and add the date of your procedure to see your relief.</source>
      <translation>Su diario está vacío. Puntúe su día aquí abajo (por ejemplo 7 3 2 e Intro) y añada la fecha de su procedimiento para ver su alivio.</translation>
    </message>
    <message>
      <source>No ratings yet. Rate your day below: three numbers, then Enter.</source>
      <translation>Aún no hay puntuaciones. Puntúe su día aquí abajo: tres números e Intro.</translation>
    </message>
    <message>
      <source>Add the date of your procedure to see your relief.</source>
      <translation>Añada la fecha de su procedimiento para ver su alivio.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>Appointment &amp;report…</source>
      <translation>&amp;Informe para la consulta…</translation>
    </message>
    <message>
      <source>Save the &amp;chart as a picture…</source>
      <translation>Guardar el &amp;gráfico como imagen…</translation>
    </message>
    <message>
      <source>&amp;Export entries (CSV)…</source>
      <translation>&amp;Exportar anotaciones (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Import entries (CSV)…</source>
      <translation>I&amp;mportar anotaciones (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;Diary</source>
      <translation>&amp;Diario</translation>
    </message>
    <message>
      <source>Add &amp;procedure…</source>
      <translation>Añadir &amp;procedimiento…</translation>
    </message>
    <message>
      <source>Rate &amp;activities…</source>
      <translation>Puntuar &amp;actividades…</translation>
    </message>
    <message>
      <source>Back &amp;up now…</source>
      <translation>Hacer &amp;copia ahora…</translation>
    </message>
    <message>
      <source>Re&amp;store from a backup…</source>
      <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
      <source>&amp;Block day…</source>
      <translation>Día del &amp;bloqueo…</translation>
    </message>
    <message>
      <source>Relief &amp;rules…</source>
      <translation>Reglas del a&amp;livio…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Text size</source>
      <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferencias…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>&amp;About {app}</source>
      <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
      <source>Today's diagnostic block</source>
      <translation>El bloqueo diagnóstico de hoy</translation>
    </message>
    <message>
      <source>Add your procedure first: activities are named with a procedure.</source>
      <translation>Añada primero su procedimiento: las actividades se indican junto con un procedimiento.</translation>
    </message>
    <message>
      <source>Activities saved.</source>
      <translation>Actividades guardadas.</translation>
    </message>
    <message>
      <source>Reminders: once a week at {time}. Edit ▸ Preferences switches back to every day.</source>
      <translation>Recordatorios: una vez a la semana a las {time}. Editar ▸ Preferencias vuelve a ponerlos cada día.</translation>
    </message>
    <message>
      <source>Reminders are off. Edit ▸ Preferences turns them on again.</source>
      <translation>Recordatorios desactivados. Editar ▸ Preferencias los vuelve a activar.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Acerca de {app}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;A follow-up diary for thoracic rhizotomy (medial branch radiofrequency ablation).&lt;/p&gt;&lt;p&gt;It reports what you recorded; it is not medical advice. Your diary stays on this computer.&lt;/p&gt;</source>
      <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Un diario de seguimiento tras una rizotomía torácica (ablación por radiofrecuencia de la rama medial).&lt;/p&gt;&lt;p&gt;Muestra lo que usted registró; no es consejo médico. Su diario se queda en este ordenador.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MedicationField</name>
    <message>
      <source>Medications taken, e.g. ibuprofen 400 mg; paracetamol 1 g</source>
      <translation>Medicamentos tomados, p. ej. ibuprofeno 400 mg; paracetamol 1 g</translation>
    </message>
    <message>
      <source>Medications</source>
      <translation>Medicamentos</translation>
    </message>
    <message>
      <source>Name and dose of each medication, separated by semicolons</source>
      <translation>Nombre y dosis de cada medicamento, separados por punto y coma</translation>
    </message>
  </context>
  <context>
    <name>PgicDialog</name>
    <message>
      <source>How are you overall?</source>
      <translation>¿Cómo se encuentra en general?</translation>
    </message>
    <message>
      <source>Choose one answer (or type its number, 1 to 7).</source>
      <translation>Elija una respuesta (o escriba su número, del 1 al 7).</translation>
    </message>
    <message>
      <source>Save my answer</source>
      <translation>Guardar mi respuesta</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <source>Choose one answer, or press Not now.</source>
      <translation>Elija una respuesta o pulse «Ahora no».</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <source>Remind me if I have not rated my day</source>
      <translation>Recordarme si no he puntuado el día</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Hora del recordatorio</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>Cada día</translation>
    </message>
    <message>
      <source>Once a week</source>
      <translation>Una vez a la semana</translation>
    </message>
    <message>
      <source>How often to remind</source>
      <translation>Frecuencia de los recordatorios</translation>
    </message>
    <message>
      <source>Reminder day</source>
      <translation>Día del recordatorio</translation>
    </message>
    <message>
      <source>After the first weeks, one entry a week is enough to follow your relief over months.</source>
      <translation>Pasadas las primeras semanas, con una anotación a la semana basta para seguir su alivio durante meses.</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Tamaño del texto</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Name on reports</source>
      <translation>Nombre en los informes</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Opcional</translation>
    </message>
    <message>
      <source>A new language applies the next time Relief Diary starts.</source>
      <translation>El nuevo idioma se aplica la próxima vez que se abra el Diario de alivio.</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>Frecuencia</translation>
    </message>
    <message>
      <source>on</source>
      <translation>el</translation>
    </message>
    <message>
      <source>at</source>
      <translation>a las</translation>
    </message>
  </context>
  <context>
    <name>ProcedureDialog</name>
    <message>
      <source>Edit procedure</source>
      <translation>Editar procedimiento</translation>
    </message>
    <message>
      <source>Add procedure</source>
      <translation>Añadir procedimiento</translation>
    </message>
  </context>
  <context>
    <name>ProcedureFields</name>
    <message>
      <source>e.g. T6–T8</source>
      <translation>p. ej. T6–T8</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Sin registrar</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Procedure date</source>
      <translation>Fecha del procedimiento</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Kind of procedure</source>
      <translation>Tipo de procedimiento</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Niveles</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Lado</translation>
    </message>
    <message>
      <source>Your usual pain before it (0–10)</source>
      <translation>Su dolor habitual antes (0–10)</translation>
    </message>
    <message>
      <source>Baseline pain</source>
      <translation>Dolor basal</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
  </context>
  <context>
    <name>ProceduresPanel</name>
    <message>
      <source>Add procedure…</source>
      <translation>Añadir procedimiento…</translation>
    </message>
    <message>
      <source>Relief by procedure</source>
      <translation>Alivio por procedimiento</translation>
    </message>
    <message>
      <source>&lt;b&gt;Relief by procedure&lt;/b&gt;</source>
      <translation>&lt;b&gt;Alivio por procedimiento&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Procedure added.</source>
      <translation>Procedimiento añadido.</translation>
    </message>
    <message>
      <source>Procedure changed.</source>
      <translation>Procedimiento cambiado.</translation>
    </message>
    <message>
      <source>Procedure deleted.</source>
      <translation>Procedimiento eliminado.</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
  </context>
  <context>
    <name>RatingPad</name>
    <message>
      <source>Ratings</source>
      <translation>Puntuaciones</translation>
    </message>
    <message>
      <source>Type a number from 0 to 9 for each rating, {ten} for 10, Space to skip.</source>
      <translation>Escriba un número del 0 al 9 para cada puntuación, {ten} para 10, Espacio para saltar.</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Dolor</translation>
    </message>
    <message>
      <source>Numbness</source>
      <translation>Entumecimiento</translation>
    </message>
    <message>
      <source>Soreness</source>
      <translation>Molestias</translation>
    </message>
    <message>
      <source>0 = none</source>
      <translation>0 = nada</translation>
    </message>
    <message>
      <source>10 = worst imaginable</source>
      <translation>10 = el peor imaginable</translation>
    </message>
  </context>
  <context>
    <name>RecordPanel</name>
    <message>
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminder</source>
      <translation>Recordatorio</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Más tarde</translation>
    </message>
    <message>
      <source>Turn reminders off</source>
      <translation>Desactivar recordatorios</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Appointment report</source>
      <translation>Informe para la consulta</translation>
    </message>
    <message>
      <source>Since the last procedure, with the two weeks before it (from {day})</source>
      <translation>Desde el último procedimiento, con las dos semanas anteriores (desde el {day})</translation>
    </message>
    <message>
      <source>Since my last visit, or another day:</source>
      <translation>Desde mi última consulta, u otro día:</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Primer día</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Último día</translation>
    </message>
    <message>
      <source>Optional: your name on the report</source>
      <translation>Opcional: su nombre en el informe</translation>
    </message>
    <message>
      <source>Name on the report</source>
      <translation>Nombre en el informe</translation>
    </message>
    <message>
      <source>Up to</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Guardar como PDF…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>The first day must not be after the last day.</source>
      <translation>El primer día no puede ser posterior al último.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Guardar el informe</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>✓ Saved {path}</source>
      <translation>✓ Guardado {path}</translation>
    </message>
    <message>
      <source>✓ Sent {n} pages to the printer.</source>
      <translation>✓ {n} páginas enviadas a la impresora.</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <source>Relief rules</source>
      <translation>Reglas del alivio</translation>
    </message>
    <message>
      <source>These numbers decide how your relief is judged. The defaults follow the published references in Help; change them only if your care team asks you to.</source>
      <translation>Estos números deciden cómo se valora su alivio. Los valores por defecto siguen las referencias publicadas en la Ayuda; cámbielos solo si se lo pide su equipo médico.</translation>
    </message>
    <message>
      <source>{reason} Default: {default}.</source>
      <translation>{reason} Por defecto: {default}.</translation>
    </message>
  </context>
  <context>
    <name>StatusPanel</name>
    <message>
      <source>Relief verdict</source>
      <translation>Valoración del alivio</translation>
    </message>
    <message>
      <source>Relief period</source>
      <translation>Periodo de alivio</translation>
    </message>
    <message>
      <source> · best relief {pct:.0f} % on {day}</source>
      <translation> · mejor alivio {pct:.0f} % el {day}</translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <source>Trend chart</source>
      <translation>Gráfico de evolución</translation>
    </message>
    <message>
      <source>Rating (0–10)</source>
      <translation>Valor (0–10)</translation>
    </message>
    <message>
      <source>Relief (%)</source>
      <translation>Alivio (%)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Relief</source>
      <translation>Alivio</translation>
    </message>
    <message>
      <source>Pain, smoothed</source>
      <translation>Dolor, suavizado</translation>
    </message>
    <message>
      <source>Chart legend</source>
      <translation>Leyenda del gráfico</translation>
    </message>
    <message>
      <source>Point at a day to see its ratings and note.</source>
      <translation>Señale un día para ver sus puntuaciones y su nota.</translation>
    </message>
    <message>
      <source>Day under the pointer</source>
      <translation>Día bajo el puntero</translation>
    </message>
    <message>
      <source>Show as a table</source>
      <translation>Ver como tabla</translation>
    </message>
    <message>
      <source>Daily values</source>
      <translation>Valores diarios</translation>
    </message>
    <message>
      <source>Show as a chart</source>
      <translation>Ver como gráfico</translation>
    </message>
    <message>
      <source>no ratings</source>
      <translation>sin puntuaciones</translation>
    </message>
    <message>
      <source>; relief {v:.0f} %</source>
      <translation>; alivio {v:.0f} %</translation>
    </message>
  </context>
  <context>
    <name>WarningChecklist</name>
    <message>
      <source>Contact your clinic</source>
      <translation>Contacte con su clínica</translation>
    </message>
    <message>
      <source>Day {n} after your procedure: any of these today?</source>
      <translation>Día {n} tras su procedimiento: ¿tiene hoy algo de esto?</translation>
    </message>
  </context>
  <context>
    <name>WeeklyOffer</name>
    <message>
      <source>You have been rating on fewer than 4 days a week. That is fine: one entry a week is enough to follow your relief over months. Remind you once a week instead of every day?</source>
      <translation>Ha estado puntuando menos de 4 días a la semana. No pasa nada: con una anotación a la semana basta para seguir su alivio durante meses. ¿Prefiere que se lo recordemos una vez a la semana en lugar de cada día?</translation>
    </message>
    <message>
      <source>Weekly reminder offer</source>
      <translation>Propuesta de recordatorio semanal</translation>
    </message>
    <message>
      <source>Reminder day</source>
      <translation>Día del recordatorio</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Hora del recordatorio</translation>
    </message>
    <message>
      <source>Remind me once a week</source>
      <translation>Recordarme una vez a la semana</translation>
    </message>
    <message>
      <source>Keep daily reminders</source>
      <translation>Mantener los recordatorios diarios</translation>
    </message>
    <message>
      <source>on</source>
      <translation>el</translation>
    </message>
    <message>
      <source>at</source>
      <translation>a las</translation>
    </message>
  </context>
  <context>
    <name>WelcomeWizard</name>
    <message>
      <source>Welcome to Relief Diary</source>
      <translation>Bienvenido al Diario de alivio</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Three ratings a day</source>
      <translation>Tres puntuaciones al día</translation>
    </message>
    <message>
      <source>&lt;p&gt;Each day, rate three things from &lt;b&gt;0 (none)&lt;/b&gt; to &lt;b&gt;10 (worst imaginable)&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Pain&lt;/b&gt;: the pain the procedure was meant to treat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Numbness&lt;/b&gt;: numb or tingling skin where you were treated (common for a while).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Soreness&lt;/b&gt;: where the needles went in (common for the first days).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;Cada día, puntúe tres cosas de &lt;b&gt;0 (nada)&lt;/b&gt; a &lt;b&gt;10 (el peor imaginable)&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dolor&lt;/b&gt;: el dolor que debía tratar el procedimiento.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entumecimiento&lt;/b&gt;: piel dormida u hormigueo donde le trataron (frecuente durante un tiempo).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Molestias&lt;/b&gt;: donde entraron las agujas (frecuentes los primeros días).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <source>Your diary stays with you</source>
      <translation>Su diario se queda con usted</translation>
    </message>
    <message>
      <source>&lt;p&gt;Your diary is kept on this computer only, readable by you alone:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;It is backed up every day to&lt;/p&gt;&lt;p&gt;&lt;code&gt;{backups}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Nothing leaves this computer unless you export or print it. Help (F1) explains everything again.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Su diario se guarda solo en este ordenador y solo usted puede leerlo:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Cada día se copia en&lt;/p&gt;&lt;p&gt;&lt;code&gt;{backups}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Nada sale de este ordenador salvo que usted lo exporte o lo imprima. La Ayuda (F1) lo vuelve a explicar todo.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Press Start&lt;/b&gt;, then rate your day: type the three numbers and press Enter, for example &lt;b&gt;7 3 2 Enter&lt;/b&gt;. &lt;b&gt;{ten}&lt;/b&gt; types 10.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Pulse Empezar&lt;/b&gt; y puntúe su día: escriba los tres números y pulse Intro, por ejemplo &lt;b&gt;7 3 2 Intro&lt;/b&gt;. &lt;b&gt;{ten}&lt;/b&gt; escribe 10.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Your procedure</source>
      <translation>Su procedimiento</translation>
    </message>
    <message>
      <source>Every field can be left out and changed later. Leave the page as it is to add your procedure later.</source>
      <translation>Cualquier campo puede dejarse vacío y cambiarse más tarde. Deje la página como está para añadir su procedimiento más tarde.</translation>
    </message>
    <message>
      <source>I will add my procedure later</source>
      <translation>Añadiré mi procedimiento más tarde</translation>
    </message>
    <message>
      <source>A daily reminder</source>
      <translation>Un recordatorio diario</translation>
    </message>
    <message>
      <source>Remind me if I have not rated my day</source>
      <translation>Recordarme si no he puntuado el día</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Hora del recordatorio</translation>
    </message>
    <message>
      <source>at</source>
      <translation>a las</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Relief Diary</source>
      <translation>Diario de alivio</translation>
    </message>
  </context>
  <context>
    <name>chart</name>
    <message>
      <source>Baseline {value}</source>
      <translation>Basal {value}</translation>
    </message>
    <message>
      <source>{pct} % relief</source>
      <translation>alivio {pct} %</translation>
    </message>
    <message>
      <source>smoothed pain {value} ({basis})</source>
      <translation>dolor suavizado {value} ({basis})</translation>
    </message>
    <message>
      <source>No entries yet.</source>
      <translation>Aún no hay anotaciones.</translation>
    </message>
    <message>
      <source>From {start} to {end}:</source>
      <translation>Del {start} al {end}:</translation>
    </message>
    <message>
      <source>{measure} averaged {mean} (lowest {low}, highest {high})</source>
      <translation>{measure}: media {mean} (mínimo {low}, máximo {high})</translation>
    </message>
    <message>
      <source>relief now {pct} %</source>
      <translation>alivio actual {pct} %</translation>
    </message>
    <message>
      <source>Rating (0–10)</source>
      <translation>Valor (0–10)</translation>
    </message>
    <message>
      <source>Relief (%)</source>
      <translation>Alivio (%)</translation>
    </message>
    <message>
      <source>{measure}, 7-day mean</source>
      <translation>{measure}, media de 7 días</translation>
    </message>
    <message>
      <source>Pain, numbness and soreness, {start} – {end}</source>
      <translation>Dolor, entumecimiento y molestias, {start} – {end}</translation>
    </message>
  </context>
  <context>
    <name>csv</name>
    <message>
      <source>line {line}: {message}</source>
      <translation>línea {line}: {message}</translation>
    </message>
    <message>
      <source> (and {n} more problems)</source>
      <translation> (y {n} problemas más)</translation>
    </message>
    <message>
      <source> (and 1 more problem)</source>
      <translation> (y 1 problema más)</translation>
    </message>
    <message>
      <source>the entry of {when}: {problem}; shorten it, then export again</source>
      <translation>la anotación del {when}: {problem}; acórtela y vuelva a exportar</translation>
    </message>
    <message>
      <source>the file is not valid UTF-16 text</source>
      <translation>el archivo no es texto UTF-16 válido</translation>
    </message>
    <message>
      <source>this is not a CSV text file</source>
      <translation>esto no es un archivo de texto CSV</translation>
    </message>
    <message>
      <source>this line is not UTF-8 text (in a spreadsheet, save as CSV UTF-8)</source>
      <translation>esta línea no es texto UTF-8 (en una hoja de cálculo, guarde como CSV UTF-8)</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <source>the header must be {header}</source>
      <translation>la cabecera debe ser {header}</translation>
    </message>
    <message>
      <source>this is not valid CSV (check the quotes)</source>
      <translation>esto no es CSV válido (revise las comillas)</translation>
    </message>
    <message>
      <source>expected {width} fields, found {n}</source>
      <translation>se esperaban {width} campos, hay {n}</translation>
    </message>
    <message>
      <source>for_doctor must be yes or empty</source>
      <translation>for_doctor debe ser yes o estar vacío</translation>
    </message>
    <message>
      <source>warning_signs must be codes such as fever;site</source>
      <translation>warning_signs debe ser códigos como fever;site</translation>
    </message>
    <message>
      <source>medications must be 'name dose; name dose'</source>
      <translation>medications debe ser 'nombre dosis; nombre dosis'</translation>
    </message>
    <message>
      <source>a row needs at least one rating or a note</source>
      <translation>una fila necesita al menos una puntuación o una nota</translation>
    </message>
    <message>
      <source>{name}: the file name must end in .csv or .xlsx</source>
      <translation>{name}: el nombre del archivo debe terminar en .csv o .xlsx</translation>
    </message>
    <message>
      <source>this is an old Excel file (.xls): save it as .xlsx or CSV UTF-8</source>
      <translation>es un archivo antiguo de Excel (.xls): guárdelo como .xlsx o CSV UTF-8</translation>
    </message>
    <message>
      <source>ability must be a whole number from 0 to 10</source>
      <translation>la capacidad debe ser un número entero del 0 al 10</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
      <source>the {what} has digits other than 0-9 ({text})</source>
      <translation>la {what} tiene cifras distintas de 0-9 ({text})</translation>
    </message>
    <message>
      <source>this date has the {this} first, but line {other} has the {that} first; all dates of a file must be written the same way</source>
      <translation>esta fecha lleva primero el {this}, pero la línea {other} lleva primero el {that}; todas las fechas de un archivo deben escribirse igual</translation>
    </message>
    <message>
      <source>day</source>
      <translation>día</translation>
    </message>
    <message>
      <source>month</source>
      <translation>mes</translation>
    </message>
    <message>
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <source>the date must be like 2026-09-01, 01/09/2026 or 9/1/2026 (with a 4-digit year)</source>
      <translation>la fecha debe ser como 2026-09-01, 01/09/2026 o 9/1/2026 (con el año en 4 cifras)</translation>
    </message>
    <message>
      <source>the order of day and month is not known</source>
      <translation>no se sabe el orden del día y el mes</translation>
    </message>
    <message>
      <source>time</source>
      <translation>hora</translation>
    </message>
    <message>
      <source>the time must be like 08:30, 8:30 AM or 08:30:00, or empty</source>
      <translation>la hora debe ser como 08:30, 8:30 AM o 08:30:00, o estar vacía</translation>
    </message>
    <message>
      <source>{name} must be a whole number from 0 to 10, or empty</source>
      <translation>{name} debe ser un número entero del 0 al 10, o estar vacío</translation>
    </message>
    <message>
      <source>this workbook is too large to be a diary (over {mb} MB unpacked)</source>
      <translation>este libro de Excel es demasiado grande para ser un diario (más de {mb} MB descomprimido)</translation>
    </message>
    <message>
      <source>this is not an Excel workbook (.xlsx) the diary can read</source>
      <translation>no es un libro de Excel (.xlsx) que el diario pueda leer</translation>
    </message>
    <message>
      <source>a cell holds a formula; the diary takes values</source>
      <translation>una celda contiene una fórmula; el diario solo admite valores</translation>
    </message>
  </context>
  <context>
    <name>file_actions</name>
    <message>
      <source>Not saved: {why}</source>
      <translation>No guardado: {why}</translation>
    </message>
    <message>
      <source>Export entries</source>
      <translation>Exportar anotaciones</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
      <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>{count} entries dated before 1900-01-01 or more than a year ahead were left out (they stay in the diary file).</source>
      <translation>Se omitieron {count} anotaciones con fecha anterior al 1900-01-01 o más de un año en el futuro (siguen en el archivo del diario).</translation>
    </message>
    <message>
      <source>{name}: the file name must end in .png or .svg</source>
      <translation>{name}: el nombre del archivo debe terminar en .png o .svg</translation>
    </message>
    <message>
      <source>Save the chart</source>
      <translation>Guardar el gráfico</translation>
    </message>
    <message>
      <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
      <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
      <source>Back up the diary</source>
      <translation>Hacer una copia del diario</translation>
    </message>
    <message>
      <source>Relief Diary backups (*.sqlite3)</source>
      <translation>Copias del Diario de alivio (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backed up {n} entries to {path}.</source>
      <translation>Copiadas {n} anotaciones en {path}.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurar una copia</translation>
    </message>
    <message>
      <source>Relief Diary backups (*.sqlite3);;All files (*)</source>
      <translation>Copias del Diario de alivio (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Replace your diary ({now} entries) with this backup ({then} entries)? Your diary as it is now is backed up first.</source>
      <translation>¿Sustituir su diario ({now} anotaciones) por esta copia ({then} anotaciones)? Antes se hace una copia de su diario tal como está.</translation>
    </message>
    <message>
      <source>The backup could not be restored: {why}</source>
      <translation>No se pudo restaurar la copia: {why}</translation>
    </message>
    <message>
      <source>Restored {n} entries.

Your diary as it was before is kept in the backups folder as {name}. To undo, choose that file in Diary ▸ Restore from a backup…</source>
      <translation>Restauradas {n} anotaciones.

Su diario tal como estaba antes se guarda en la carpeta de copias como {name}. Para deshacerlo, elija ese archivo en Diario ▸ Restaurar una copia…</translation>
    </message>
    <message>
      <source>Import entries</source>
      <translation>Importar anotaciones</translation>
    </message>
    <message>
      <source>Diary entries (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
      <translation>Anotaciones del diario (*.csv *.xlsx);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>No se puede leer el archivo: {why}</translation>
    </message>
  </context>
  <context>
    <name>function</name>
    <message>
      <source>an activity needs a name</source>
      <translation>una actividad necesita un nombre</translation>
    </message>
    <message>
      <source>an activity's name is at most {n} characters</source>
      <translation>el nombre de una actividad tiene como máximo {n} caracteres</translation>
    </message>
    <message>
      <source>the day must be a date</source>
      <translation>el día debe ser una fecha</translation>
    </message>
    <message>
      <source>ability must be a whole number from 0 to 10</source>
      <translation>la capacidad debe ser un número entero del 0 al 10</translation>
    </message>
    <message>
      <source>Ability</source>
      <translation>Capacidad</translation>
    </message>
    <message>
      <source>not a time point of the global impression</source>
      <translation>no es un momento de la impresión global</translation>
    </message>
    <message>
      <source>the global impression is a number from 1 to 7</source>
      <translation>la impresión global es un número del 1 al 7</translation>
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
      <translation>&lt;h2&gt;Sus tres puntuaciones&lt;/h2&gt;
&lt;p&gt;Cada puntuación es un número entero de &lt;b&gt;0 (nada)&lt;/b&gt; a &lt;b&gt;10 (el peor imaginable)&lt;/b&gt;, la
misma escala antes y después de cada procedimiento.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Dolor&lt;/b&gt;: el dolor que debía tratar el procedimiento (no el de las zonas de las agujas).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Entumecimiento&lt;/b&gt;: piel dormida u hormigueo donde le trataron. Es esperable durante un
tiempo tras una ablación y no significa que vuelva el dolor.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Molestias&lt;/b&gt;: dolor donde entraron las agujas, frecuente 1–4 días, a veces una o dos
semanas.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Puede anotar varias veces al día: el día cuenta como su media.&lt;/p&gt;</translation>
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
      <translation>&lt;h2&gt;Las líneas del gráfico&lt;/h2&gt;
&lt;p&gt;El alivio compara su &lt;b&gt;dolor suavizado&lt;/b&gt; con su &lt;b&gt;dolor basal&lt;/b&gt;, su dolor habitual
antes del procedimiento (o, si no se registró, la media de los 14 días anteriores). El
dolor suavizado es la media de sus últimos {smoothing_days} días si puntuó al menos
{smoothing_min_days} de ellos; si puntúa con menos frecuencia, es la media de sus últimas
{sparse_last_days} anotaciones dentro de {sparse_window_days} días (o de las que haya, con un mínimo de
{sparse_min_days}). La aplicación siempre indica cuál: «media de 7 días» o, por ejemplo,
«últimas 4 anotaciones, en 16 días».&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;{meaningful_percent} %&lt;/b&gt; (unos 2 puntos): el menor cambio que los pacientes consideran
relevante (Farrar et al. 2001, &lt;i&gt;Pain&lt;/i&gt; 94:149).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;{substantial_percent} %&lt;/b&gt;: alivio sustancial; cómo se suele valorar el éxito de una
ablación (IMMPACT, Dworkin et al. 2008).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;{block_percent} %&lt;/b&gt;: el alivio que se espera de un bloqueo diagnóstico.&lt;/li&gt;
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
      <translation>&lt;h2&gt;Qué significan las valoraciones&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;En adaptación&lt;/b&gt;: los primeros {settling_days} días tras una ablación (hasta
{settling_max_days} mientras el alivio no llegue al {meaningful_percent} %). Son frecuentes las
molestias, el entumecimiento y una zona como quemada por el sol; el alivio suele llegar en
2–6 semanas.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El alivio se mantiene&lt;/b&gt;: el dolor está al menos un {substantial_percent} % por debajo de
su basal. &lt;b&gt;Alivio parcial&lt;/b&gt;: entre el {meaningful_percent} y el
{substantial_percent} %. &lt;b&gt;Sin alivio relevante&lt;/b&gt;: menos del
{meaningful_percent} %.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El alivio puede estar disminuyendo&lt;/b&gt;: en las últimas 4 semanas (hasta 8 si puntúa con
menos frecuencia) su dolor ha subido de forma sostenida (una prueba estadística, no un mal
día) al menos 2 puntos, o el 30 % de su basal si esto es menos. Los nervios se regeneran en
meses y el alivio suele disminuir tras 6–12 meses.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El alivio terminó&lt;/b&gt;: el dolor lleva {relief_end_days} días seguidos por encima de la
línea del {substantial_percent} % tras un periodo de alivio. La duración del alivio nunca incluye
los días por debajo del {substantial_percent} %: mientras no haya terminado, la aplicación cuenta
hasta su último día con un {substantial_percent} % o más e indica cuántos días desde entonces
estuvieron por debajo. Si no puntuó nada durante un tiempo cuando terminó, indica lo mínimo y
lo máximo que puede haber durado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Muy pocas anotaciones&lt;/b&gt;: menos de {sparse_min_days} días puntuados en los últimos
{sparse_window_days}.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;La aplicación muestra lo que usted registró. No es consejo médico y nunca dice si alguien
cumple los requisitos para un procedimiento. Diario ▸ Reglas del alivio muestra cada número
que usa.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;How often to rate&lt;/h2&gt;
&lt;p&gt;Rate every day in the first weeks after a procedure, while things change quickly. After
the first 8 weeks, &lt;b&gt;one entry a week is enough&lt;/b&gt; to follow your relief over months: the
app then uses your last entries and says so. If you rate less often, it offers to remind you
once a week instead of every day; Edit ▸ Preferences switches between every day and once a
week at any time. Several entries on one day count as that day's average.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Con qué frecuencia puntuar&lt;/h2&gt;
&lt;p&gt;Puntúe cada día durante las primeras semanas tras un procedimiento, mientras las cosas
cambian deprisa. Pasadas las primeras 8 semanas, &lt;b&gt;con una anotación a la semana basta&lt;/b&gt;
para seguir su alivio durante meses: la aplicación usa entonces sus últimas anotaciones y lo
indica. Si puntúa con menos frecuencia, le ofrece recordárselo una vez a la semana en lugar de
cada día; en Editar ▸ Preferencias puede cambiar entre cada día y una vez a la semana en
cualquier momento. Varias anotaciones en un mismo día cuentan como la media de ese día.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Call your clinic&lt;/h2&gt;
&lt;p&gt;After a procedure, call your clinic for a fever over 38 °C / 100.4 °F; spreading redness,
swelling or drainage at the site; or pain that is worsening and not controlled (UW Health
leaflet 5656).&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Llame a su clínica&lt;/h2&gt;
&lt;p&gt;Tras un procedimiento, llame a su clínica si tiene fiebre de más de 38 °C; enrojecimiento,
hinchazón o supuración que se extiende en la zona; o un dolor que empeora y no se controla
(folleto 5656 de UW Health).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Taking it to your appointment&lt;/h2&gt;
&lt;p&gt;File ▸ Appointment report (Ctrl+P) makes a one-page summary with the chart and the
numbers your doctor asks for, followed by every entry. Bring it printed or as a PDF. Mark
notes "For the doctor" to put them on the first page.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Para llevar a la consulta&lt;/h2&gt;
&lt;p&gt;Archivo ▸ Informe para la consulta (Ctrl+P) crea un resumen de una página con el gráfico y
las cifras que pide su médico, seguido de todas las anotaciones. Llévelo impreso o en PDF.
Marque notas «Para el médico» para que aparezcan en la primera página.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Your privacy&lt;/h2&gt;
&lt;p&gt;Nothing leaves this computer unless you export or print it. There is no account, no
internet connection and no tracking. Your diary is kept in &lt;code&gt;{diary_path}&lt;/code&gt; and
backed up daily to &lt;code&gt;{backups}&lt;/code&gt;, both readable by you alone.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Su privacidad&lt;/h2&gt;
&lt;p&gt;Nada sale de este ordenador salvo que usted lo exporte o lo imprima. No hay cuenta, ni
conexión a internet, ni seguimiento. Su diario se guarda en &lt;code&gt;{diary_path}&lt;/code&gt; y se copia
cada día en &lt;code&gt;{backups}&lt;/code&gt;; solo usted puede leerlos.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>4 weeks</source>
      <translation>4 semanas</translation>
    </message>
    <message>
      <source>3 months</source>
      <translation>3 meses</translation>
    </message>
    <message>
      <source>6 months</source>
      <translation>6 meses</translation>
    </message>
    <message>
      <source>12 months</source>
      <translation>12 meses</translation>
    </message>
    <message>
      <source>very much improved</source>
      <translation>muchísimo mejor</translation>
    </message>
    <message>
      <source>much improved</source>
      <translation>mucho mejor</translation>
    </message>
    <message>
      <source>minimally improved</source>
      <translation>un poco mejor</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>sin cambios</translation>
    </message>
    <message>
      <source>minimally worse</source>
      <translation>un poco peor</translation>
    </message>
    <message>
      <source>much worse</source>
      <translation>mucho peor</translation>
    </message>
    <message>
      <source>very much worse</source>
      <translation>muchísimo peor</translation>
    </message>
    <message>
      <source>Radiofrequency ablation (RFA)</source>
      <translation>Ablación por radiofrecuencia (RF)</translation>
    </message>
    <message>
      <source>Diagnostic block</source>
      <translation>Bloqueo diagnóstico</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Izquierdo</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Derecho</translation>
    </message>
    <message>
      <source>Both sides</source>
      <translation>Ambos lados</translation>
    </message>
    <message>
      <source>Meaningful relief (%)</source>
      <translation>Alivio relevante (%)</translation>
    </message>
    <message>
      <source>About 2 points: the smallest change patients call meaningful (Farrar 2001).</source>
      <translation>Unos 2 puntos: el menor cambio que los pacientes consideran relevante (Farrar 2001).</translation>
    </message>
    <message>
      <source>Substantial relief (%)</source>
      <translation>Alivio sustancial (%)</translation>
    </message>
    <message>
      <source>RFA success; what payers ask for before a repeat RFA (IMMPACT 2008).</source>
      <translation>Éxito de la RF; lo que piden las aseguradoras antes de repetirla (IMMPACT 2008).</translation>
    </message>
    <message>
      <source>Positive block (%)</source>
      <translation>Bloqueo positivo (%)</translation>
    </message>
    <message>
      <source>Relief a diagnostic block must give (Medicare: two blocks of at least 80 %).</source>
      <translation>Alivio que debe dar un bloqueo diagnóstico (Medicare: dos bloqueos de al menos 80 %).</translation>
    </message>
    <message>
      <source>Baseline window (days)</source>
      <translation>Periodo basal (días)</translation>
    </message>
    <message>
      <source>Days before the procedure averaged when no baseline was recorded.</source>
      <translation>Días previos al procedimiento que se promedian si no se registró el dolor basal.</translation>
    </message>
    <message>
      <source>Baseline needs (days with pain)</source>
      <translation>El basal necesita (días con dolor)</translation>
    </message>
    <message>
      <source>Fewer days than this in the window give no baseline.</source>
      <translation>Con menos días en el periodo no hay dolor basal.</translation>
    </message>
    <message>
      <source>Smoothing window (days)</source>
      <translation>Ventana de suavizado (días)</translation>
    </message>
    <message>
      <source>Pain is averaged over a week so one bad day does not swing the verdict.</source>
      <translation>El dolor se promedia en una semana para que un mal día no cambie la valoración.</translation>
    </message>
    <message>
      <source>Smoothing needs (days with pain)</source>
      <translation>El suavizado necesita (días con dolor)</translation>
    </message>
    <message>
      <source>Fewer rated days than this in the window give no smoothed value.</source>
      <translation>Con menos días puntuados en la ventana no hay valor suavizado.</translation>
    </message>
    <message>
      <source>Sparse logging: look back (days)</source>
      <translation>Anotaciones espaciadas: periodo revisado (días)</translation>
    </message>
    <message>
      <source>With fewer rated days in the week, the last entries of this many days are used.</source>
      <translation>Si la semana tiene menos días puntuados, se usan las últimas anotaciones de este número de días.</translation>
    </message>
    <message>
      <source>Sparse logging: entries averaged</source>
      <translation>Anotaciones espaciadas: anotaciones promediadas</translation>
    </message>
    <message>
      <source>The most recent rated days averaged when the week has too few.</source>
      <translation>Los días puntuados más recientes que se promedian cuando la semana tiene muy pocos.</translation>
    </message>
    <message>
      <source>Sparse logging: fewest entries</source>
      <translation>Anotaciones espaciadas: mínimo de anotaciones</translation>
    </message>
    <message>
      <source>Fewer rated days than this in the look-back give no smoothed value.</source>
      <translation>Con menos días puntuados en el periodo revisado no hay valor suavizado.</translation>
    </message>
    <message>
      <source>Settling period (days)</source>
      <translation>Periodo de adaptación (días)</translation>
    </message>
    <message>
      <source>Soreness and numbness are common in the first three weeks after an RFA.</source>
      <translation>Las molestias y el entumecimiento son frecuentes las tres primeras semanas tras una RF.</translation>
    </message>
    <message>
      <source>Longest settling period (days)</source>
      <translation>Periodo de adaptación máximo (días)</translation>
    </message>
    <message>
      <source>Thoracic relief can take 6–8 weeks to build.</source>
      <translation>El alivio torácico puede tardar 6–8 semanas en llegar.</translation>
    </message>
    <message>
      <source>Relief starts after (days)</source>
      <translation>El alivio empieza tras (días)</translation>
    </message>
    <message>
      <source>A single good week is needed before relief counts as started.</source>
      <translation>Hace falta una semana buena para que el alivio cuente como iniciado.</translation>
    </message>
    <message>
      <source>Relief ends after (days)</source>
      <translation>El alivio termina tras (días)</translation>
    </message>
    <message>
      <source>Two weeks below the substantial level before relief counts as ended.</source>
      <translation>Dos semanas por debajo del nivel sustancial para que el alivio cuente como terminado.</translation>
    </message>
    <message>
      <source>Reference duration, shorter (days)</source>
      <translation>Duración de referencia, más corta (días)</translation>
    </message>
    <message>
      <source>Set beside the ≥ 50 % relief period in the report: 12 weeks (some payers).</source>
      <translation>Se muestra junto al periodo de alivio ≥ 50 % en el informe: 12 semanas (algunas aseguradoras).</translation>
    </message>
    <message>
      <source>Reference duration, longer (days)</source>
      <translation>Duración de referencia, más larga (días)</translation>
    </message>
    <message>
      <source>Set beside the ≥ 50 % relief period: 6 months (US Medicare contractors).</source>
      <translation>Se muestra junto al periodo de alivio ≥ 50 %: 6 meses (contratistas de Medicare en EE. UU.).</translation>
    </message>
    <message>
      <source>Fading window (days)</source>
      <translation>Ventana de pérdida (días)</translation>
    </message>
    <message>
      <source>The trend of the last four weeks is judged.</source>
      <translation>Se valora la tendencia de las últimas cuatro semanas.</translation>
    </message>
    <message>
      <source>Fading needs (days with pain)</source>
      <translation>La pérdida necesita (días con dolor)</translation>
    </message>
    <message>
      <source>Fewer rated days than this in the window give no trend.</source>
      <translation>Con menos días puntuados en la ventana no hay tendencia.</translation>
    </message>
    <message>
      <source>Sparse fading window (days)</source>
      <translation>Ventana de pérdida con pocas anotaciones (días)</translation>
    </message>
    <message>
      <source>When the four weeks hold too few ratings, the trend looks back this far …</source>
      <translation>Si las cuatro semanas tienen muy pocas puntuaciones, la tendencia mira este número de días atrás …</translation>
    </message>
    <message>
      <source>Sparse fading: rated days used</source>
      <translation>Pérdida con pocas anotaciones: días puntuados usados</translation>
    </message>
    <message>
      <source>… and takes this many of the most recent rated days …</source>
      <translation>… y toma este número de los días puntuados más recientes …</translation>
    </message>
    <message>
      <source>Sparse fading needs (days with pain)</source>
      <translation>La pérdida con pocas anotaciones necesita (días con dolor)</translation>
    </message>
    <message>
      <source>… of which at least this many must be there to judge a trend.</source>
      <translation>… de los que debe haber al menos este número para valorar una tendencia.</translation>
    </message>
    <message>
      <source>Fading test p-value</source>
      <translation>Valor p de la prueba de pérdida</translation>
    </message>
    <message>
      <source>The rise must be unlikely to be chance (one-sided Mann–Kendall test).</source>
      <translation>La subida debe ser poco probable por azar (prueba de Mann–Kendall unilateral).</translation>
    </message>
    <message>
      <source>Meaningful rise (points)</source>
      <translation>Subida relevante (puntos)</translation>
    </message>
    <message>
      <source>The smoothed pain must rise this much above its lowest point …</source>
      <translation>El dolor suavizado debe subir esto sobre su punto más bajo …</translation>
    </message>
    <message>
      <source>Meaningful rise (share of baseline)</source>
      <translation>Subida relevante (parte del basal)</translation>
    </message>
    <message>
      <source>… or this share of the baseline, whichever is smaller.</source>
      <translation>… o esta parte del basal, lo que sea menor.</translation>
    </message>
    <message>
      <source>Fever over 38 °C / 100.4 °F</source>
      <translation>Fiebre de más de 38 °C</translation>
    </message>
    <message>
      <source>Redness, swelling or drainage at the needle site</source>
      <translation>Enrojecimiento, hinchazón o supuración en la zona de la aguja</translation>
    </message>
    <message>
      <source>New weakness</source>
      <translation>Debilidad nueva</translation>
    </message>
    <message>
      <source>A new numb area</source>
      <translation>Una zona entumecida nueva</translation>
    </message>
    <message>
      <source>Please contact your clinic today about this, or your local emergency number if you feel very unwell. Call-the-clinic signs after a procedure: fever over 38 °C / 100.4 °F; spreading redness, swelling or drainage at the site; pain that is worsening and not controlled.</source>
      <translation>Contacte hoy con su clínica por esto, o con su número de emergencias si se encuentra muy mal. Señales para llamar a la clínica tras un procedimiento: fiebre de más de 38 °C; enrojecimiento, hinchazón o supuración que se extiende en la zona; dolor que empeora y no se controla.</translation>
    </message>
    <message>
      <source>Jan</source>
      <translation>ene</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>feb</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>mar</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>abr</translation>
    </message>
    <message>
      <source>May</source>
      <translation>may</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>jun</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>jul</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>ago</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>sept</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>oct</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>nov</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>dic</translation>
    </message>
    <message>
      <source>No procedure recorded</source>
      <translation>Ningún procedimiento registrado</translation>
    </message>
    <message>
      <source>No baseline</source>
      <translation>Sin dolor basal</translation>
    </message>
    <message>
      <source>Settling in</source>
      <translation>En adaptación</translation>
    </message>
    <message>
      <source>Too few entries</source>
      <translation>Muy pocas anotaciones</translation>
    </message>
    <message>
      <source>Relief ended</source>
      <translation>El alivio terminó</translation>
    </message>
    <message>
      <source>Relief may be fading</source>
      <translation>El alivio puede estar disminuyendo</translation>
    </message>
    <message>
      <source>Relief holding</source>
      <translation>El alivio se mantiene</translation>
    </message>
    <message>
      <source>Partial relief</source>
      <translation>Alivio parcial</translation>
    </message>
    <message>
      <source>No meaningful relief</source>
      <translation>Sin alivio relevante</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1 mes</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 año</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todo</translation>
    </message>
    <message>
      <source>Since the procedure</source>
      <translation>Desde el procedimiento</translation>
    </message>
    <message>
      <source>Pain, smoothed</source>
      <translation>Dolor, suavizado</translation>
    </message>
    <message>
      <source>Relief %</source>
      <translation>Alivio %</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Dolor</translation>
    </message>
    <message>
      <source>Numbness</source>
      <translation>Entumecimiento</translation>
    </message>
    <message>
      <source>Soreness</source>
      <translation>Molestias</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>lun</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>mar</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>mié</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>jue</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>vie</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>sáb</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>dom</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Niveles</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Lado</translation>
    </message>
    <message>
      <source>Baseline pain</source>
      <translation>Dolor basal</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <source>a network folder</source>
      <translation>una carpeta de red</translation>
    </message>
    <message>
      <source>a folder synchronised with an online service</source>
      <translation>una carpeta sincronizada con un servicio en línea</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>Procedimiento</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Basal</translation>
    </message>
    <message>
      <source>Best relief</source>
      <translation>Mejor alivio</translation>
    </message>
    <message>
      <source>≥ 50 % relief</source>
      <translation>Alivio ≥ 50 %</translation>
    </message>
    <message>
      <source>Days of ≥ 50 %</source>
      <translation>Días con ≥ 50 %</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Large (150 %)</source>
      <translation>Grande (150 %)</translation>
    </message>
    <message>
      <source>Very large (200 %)</source>
      <translation>Muy grande (200 %)</translation>
    </message>
  </context>
  <context>
    <name>notes</name>
    <message>
      <source>the note is {n} characters long; a note holds at most {limit}</source>
      <translation>la nota tiene {n} caracteres; una nota admite como máximo {limit}</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <source>{name} must be a whole number from 0 to 10</source>
      <translation>{name} debe ser un número entero del 0 al 10</translation>
    </message>
    <message>
      <source>{name} must be from 0 to 10</source>
      <translation>{name} debe estar entre 0 y 10</translation>
    </message>
    <message>
      <source>the time must be HH:MM, from 00:00 to 23:59</source>
      <translation>la hora debe ser HH:MM, de 00:00 a 23:59</translation>
    </message>
    <message>
      <source>the date must be from {first} to {last}</source>
      <translation>la fecha debe estar entre el {first} y el {last}</translation>
    </message>
    <message>
      <source>the date must be YYYY-MM-DD</source>
      <translation>la fecha debe ser AAAA-MM-DD</translation>
    </message>
    <message>
      <source>that date does not exist</source>
      <translation>esa fecha no existe</translation>
    </message>
    <message>
      <source>the day must be a date</source>
      <translation>el día debe ser una fecha</translation>
    </message>
    <message>
      <source>the note must be text</source>
      <translation>la nota debe ser texto</translation>
    </message>
    <message>
      <source>an entry needs at least one rating or a note</source>
      <translation>una anotación necesita al menos una puntuación o una nota</translation>
    </message>
    <message>
      <source>the procedure date must be a date</source>
      <translation>la fecha del procedimiento debe ser una fecha</translation>
    </message>
  </context>
  <context>
    <name>reference</name>
    <message>
      <source>6 months</source>
      <translation>6 meses</translation>
    </message>
    <message>
      <source>12 months</source>
      <translation>12 meses</translation>
    </message>
    <message>
      <source>{n} weeks</source>
      <translation>{n} semanas</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <source>≥ {pct} % for {span}</source>
      <translation>≥ {pct} % durante {span}</translation>
    </message>
    <message>
      <source>{head}: reached on {day}</source>
      <translation>{head}: alcanzado el {day}</translation>
    </message>
    <message>
      <source>{head}: not reached (no ≥ {pct} % period recorded)</source>
      <translation>{head}: no alcanzado (no se registró ningún periodo de ≥ {pct} %)</translation>
    </message>
    <message>
      <source>{head}: not reached, {n} days so far</source>
      <translation>{head}: no alcanzado, {n} días hasta ahora</translation>
    </message>
    <message>
      <source>{head}: not reached (the period lasted {n} days)</source>
      <translation>{head}: no alcanzado (el periodo duró {n} días)</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <source>day {n} after the procedure of {date}</source>
      <translation>día {n} tras el procedimiento del {date}</translation>
    </message>
    <message>
      <source>No procedure is recorded in the diary.</source>
      <translation>No hay ningún procedimiento registrado en el diario.</translation>
    </message>
    <message>
      <source>The baseline pain recorded is 0, so relief cannot be worked out.</source>
      <translation>El dolor basal registrado es 0, así que no se puede calcular el alivio.</translation>
    </message>
    <message>
      <source>No baseline: no usual pain was recorded with the procedure, and the diary has fewer than {min} days of ratings in the {days} days before it.</source>
      <translation>Sin dolor basal: no se registró el dolor habitual con el procedimiento y el diario tiene menos de {min} días de puntuaciones en los {days} días anteriores.</translation>
    </message>
    <message>
      <source>Settling in ({when}): no verdict on relief is given in the first {days} days, or up to day {last} while relief has not reached {pct}.</source>
      <translation>En adaptación ({when}): no se valora el alivio en los primeros {days} días, ni hasta el día {last} mientras el alivio no haya llegado al {pct}.</translation>
    </message>
    <message>
      <source>Too few recent entries to work out the patient's current relief ({when}).</source>
      <translation>Muy pocas anotaciones recientes para calcular el alivio actual del paciente ({when}).</translation>
    </message>
    <message>
      <source>pain {pct} below the patient's baseline of {base}</source>
      <translation>dolor un {pct} por debajo del basal del paciente de {base}</translation>
    </message>
    <message>
      <source>pain {pct} above the patient's baseline of {base}</source>
      <translation>dolor un {pct} por encima del basal del paciente de {base}</translation>
    </message>
    <message>
      <source>Relief ended on {date}; now {level} ({when}).</source>
      <translation>El alivio terminó el {date}; ahora {level} ({when}).</translation>
    </message>
    <message>
      <source>The patient's pain has risen over the last {weeks} weeks: relief may be fading ({level}, {when}).</source>
      <translation>El dolor del paciente ha subido en las últimas {weeks} semanas: el alivio puede estar disminuyendo ({level}, {when}).</translation>
    </message>
    <message>
      <source>{title}: {level} ({when}).</source>
      <translation>{title}: {level} ({when}).</translation>
    </message>
    <message>
      <source>no answer recorded</source>
      <translation>ninguna respuesta registrada</translation>
    </message>
    <message>
      <source>skipped by the patient</source>
      <translation>omitida por el paciente</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>sin puntuar</translation>
    </message>
    <message>
      <source>{score} / 10</source>
      <translation>{score} / 10</translation>
    </message>
    <message>
      <source>({change} % of the room to improve)</source>
      <translation>({change} % del margen de mejora)</translation>
    </message>
    <message>
      <source>on {day}</source>
      <translation>el {day}</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… y {n} más</translation>
    </message>
    <message>
      <source>… and {n} more, see page {page}</source>
      <translation>… y {n} más, ver página {page}</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 día</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <source>recorded with the procedure</source>
      <translation>registrado con el procedimiento</translation>
    </message>
    <message>
      <source>mean of {n} days before the procedure</source>
      <translation>media de {n} días antes del procedimiento</translation>
    </message>
    <message>
      <source>Baseline pain</source>
      <translation>Dolor basal</translation>
    </message>
    <message>
      <source>Pain now</source>
      <translation>Dolor actual</translation>
    </message>
    <message>
      <source>Relief now</source>
      <translation>Alivio actual</translation>
    </message>
    <message>
      <source>&lt;b&gt;{pct} %&lt;/b&gt; below baseline</source>
      <translation>&lt;b&gt;{pct} %&lt;/b&gt; por debajo del basal</translation>
    </message>
    <message>
      <source>Best relief</source>
      <translation>Mejor alivio</translation>
    </message>
    <message>
      <source>{pct} % on {date}</source>
      <translation>{pct} % el {date}</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} meses</translation>
    </message>
    <message>
      <source>≥ {pct} % relief</source>
      <translation>Alivio ≥ {pct} %</translation>
    </message>
    <message>
      <source>Reference durations</source>
      <translation>Duraciones de referencia</translation>
    </message>
    <message>
      <source>Function (PSFS)</source>
      <translation>Función (PSFS)</translation>
    </message>
    <message>
      <source>Global impression (PGIC)</source>
      <translation>Impresión global (PGIC)</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Valoración</translation>
    </message>
    <message>
      <source>{what} after {n} days</source>
      <translation>{what} tras {n} días</translation>
    </message>
    <message>
      <source>{what}: not yet</source>
      <translation>{what}: todavía no</translation>
    </message>
    <message>
      <source>Soreness settled</source>
      <translation>Molestias resueltas</translation>
    </message>
    <message>
      <source>Numbness settled</source>
      <translation>Entumecimiento resuelto</translation>
    </message>
    <message>
      <source>Settling</source>
      <translation>Resolución</translation>
    </message>
    <message>
      <source>activities named ({names}); no baseline rating</source>
      <translation>actividades indicadas ({names}); sin puntuación inicial</translation>
    </message>
    <message>
      <source>{base} / 10 before the procedure</source>
      <translation>{base} / 10 antes del procedimiento</translation>
    </message>
    <message>
      <source>{score} / 10 on {day}</source>
      <translation>{score} / 10 el {day}</translation>
    </message>
    <message>
      <source>(change {change} % of the room to improve)</source>
      <translation>(cambio del {change} % del margen de mejora)</translation>
    </message>
    <message>
      <source>Warning signs ticked</source>
      <translation>Señales de alarma marcadas</translation>
    </message>
    <message>
      <source>Medications recorded</source>
      <translation>Medicamentos registrados</translation>
    </message>
    <message>
      <source>Notes for the doctor</source>
      <translation>Notas para el médico</translation>
    </message>
    <message>
      <source>No procedure recorded.</source>
      <translation>Ningún procedimiento registrado.</translation>
    </message>
    <message>
      <source>Relief Diary report for {name}</source>
      <translation>Informe del Diario de alivio de {name}</translation>
    </message>
    <message>
      <source>Relief Diary report</source>
      <translation>Informe del Diario de alivio</translation>
    </message>
    <message>
      <source>{start} – {end} · pain, numbness and soreness rated 0 (none) to 10 (worst imaginable) by the patient · made on {today}</source>
      <translation>{start} – {end} · dolor, entumecimiento y molestias puntuados de 0 (nada) a 10 (el peor imaginable) por el paciente · hecho el {today}</translation>
    </message>
    <message>
      <source>Ratings and relief, {start} – {end}</source>
      <translation>Puntuaciones y alivio, {start} – {end}</translation>
    </message>
    <message>
      <source>The app reports what the patient recorded; it does not diagnose and does not say whether anyone qualifies for a procedure. Relief = (baseline − smoothed pain) / baseline, where smoothed pain is the {window}-day mean, or the mean of the last {last} entries within {within} days when fewer than {least} of the last {window} days were rated. The rules and reference lines are explained on page 2; details per procedure and every entry follow.</source>
      <translation>La aplicación muestra lo que registró el paciente; no diagnostica ni dice si alguien cumple los requisitos para un procedimiento. Alivio = (basal − dolor suavizado) / basal, donde el dolor suavizado es la media de {window} días, o la media de las últimas {last} anotaciones dentro de {within} días cuando se puntuaron menos de {least} de los últimos {window} días. Las reglas y las líneas de referencia se explican en la página 2; a continuación siguen los detalles de cada procedimiento y todas las anotaciones.</translation>
    </message>
    <message>
      <source>Procedures</source>
      <translation>Procedimientos</translation>
    </message>
    <message>
      <source>Numbers</source>
      <translation>Cifras</translation>
    </message>
    <message>
      <source>Reference lines: {m} % (smallest change patients call meaningful, Farrar 2001), {s} % (substantial relief, IMMPACT 2008), {b} % (positive diagnostic block). ≥ {s} % relief starts after {start} days at that level and ends after {end} days below it. Reference durations set beside it: {short} and {long} days (settings). Function: Patient-Specific Functional Scale (Stratford 1995), each activity 0 (unable) to 10 (as before the problem); change = (F − F0) / (10 − F0). Global impression: PGIC (Guy 1976), 1 very much improved … 7 very much worse.</source>
      <translation>Líneas de referencia: {m} % (menor cambio que los pacientes consideran relevante, Farrar 2001), {s} % (alivio sustancial, IMMPACT 2008), {b} % (bloqueo diagnóstico positivo). El alivio ≥ {s} % empieza tras {start} días a ese nivel y termina tras {end} días por debajo. Duraciones de referencia que se muestran al lado: {short} y {long} días (configuración). Función: Escala Funcional Específica del Paciente (Stratford 1995), cada actividad de 0 (no puede hacerla) a 10 (como antes del problema); cambio = (F − F0) / (10 − F0). Impresión global: PGIC (Guy 1976), 1 muchísimo mejor … 7 muchísimo peor.</translation>
    </message>
    <message>
      <source>For the doctor: </source>
      <translation>Para el médico: </translation>
    </message>
    <message>
      <source>Medications: </source>
      <translation>Medicamentos: </translation>
    </message>
    <message>
      <source>Appendix: every entry, {start} – {end}</source>
      <translation>Anexo: todas las anotaciones, {start} – {end}</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <source>page {n} of {total}</source>
      <translation>página {n} de {total}</translation>
    </message>
    <message>
      <source>Details per procedure</source>
      <translation>Detalles de cada procedimiento</translation>
    </message>
    <message>
      <source>Everything recorded for the doctor</source>
      <translation>Todo lo registrado para el médico</translation>
    </message>
    <message>
      <source>{n} / 10</source>
      <translation>{n} / 10</translation>
    </message>
    <message>
      <source>Before (baseline), {day}</source>
      <translation>Antes (basal), {day}</translation>
    </message>
    <message>
      <source>Time point</source>
      <translation>Momento</translation>
    </message>
    <message>
      <source>Function (PSFS, mean of the activities)</source>
      <translation>Función (PSFS, media de las actividades)</translation>
    </message>
    <message>
      <source>Activities the patient named: {names}.</source>
      <translation>Actividades indicadas por el paciente: {names}.</translation>
    </message>
    <message>
      <source>Medication</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Primer día</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Último día</translation>
    </message>
    <message>
      <source>Days a week before</source>
      <translation>Días por semana antes</translation>
    </message>
    <message>
      <source>during</source>
      <translation>durante</translation>
    </message>
    <message>
      <source>after the relief period</source>
      <translation>después del periodo de alivio</translation>
    </message>
    <message>
      <source>Days a week</source>
      <translation>Días por semana</translation>
    </message>
    <message>
      <source>Days a week are counted over the days with entries in each part, from {n} days before the procedure.</source>
      <translation>Los días por semana se cuentan sobre los días con anotaciones de cada parte, desde {n} días antes del procedimiento.</translation>
    </message>
    <message>
      <source>Diagnostic block of {day}</source>
      <translation>Bloqueo diagnóstico del {day}</translation>
    </message>
    <message>
      <source>no block-day ratings.</source>
      <translation>sin puntuaciones del día del bloqueo.</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>no alcanzado</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} minutos</translation>
    </message>
    <message>
      <source>{side}: peak relief {peak}; at ≥ {pct} % for {minutes}</source>
      <translation>{side}: alivio máximo {peak}; tiempo en ≥ {pct} %: {minutes}</translation>
    </message>
    <message>
      <source>No warning signs, notes for the doctor or medications.</source>
      <translation>Sin señales de alarma, notas para el médico ni medicamentos.</translation>
    </message>
    <message>
      <source>Appendix: week by week</source>
      <translation>Anexo: semana a semana</translation>
    </message>
    <message>
      <source>Week from</source>
      <translation>Semana desde el</translation>
    </message>
    <message>
      <source>Mean pain</source>
      <translation>Dolor medio</translation>
    </message>
    <message>
      <source>Relief</source>
      <translation>Alivio</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Anotaciones</translation>
    </message>
    <message>
      <source>Function (0–10)</source>
      <translation>Función (0–10)</translation>
    </message>
    <message>
      <source>Relief: the week's mean pain against the baseline of the procedure before it (not smoothed); blank for a week without entries.</source>
      <translation>Alivio: el dolor medio de la semana frente al dolor basal del procedimiento anterior (sin suavizar); en blanco si la semana no tiene anotaciones.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Niveles</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Lado</translation>
    </message>
    <message>
      <source>Diagnostic blocks: {days}</source>
      <translation>Bloqueos diagnósticos: {days}</translation>
    </message>
  </context>
  <context>
    <name>session</name>
    <message>
      <source>Not saved: the diary was changed outside this window meanwhile. It has been reloaded; please check it and try again.</source>
      <translation>No guardado: mientras tanto, el diario se cambió fuera de esta ventana. Se ha vuelto a cargar; revíselo e inténtelo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>La carpeta {path} no existe.</translation>
    </message>
    <message>
      <source>Relief Diary is already open with this diary: its window was brought forward.</source>
      <translation>Diario de alivio ya está abierto con este diario: se ha traído su ventana al frente.</translation>
    </message>
    <message>
      <source>The diary {path} is open in another copy of Relief Diary.</source>
      <translation>El diario {path} está abierto en otra copia de Diario de alivio.</translation>
    </message>
    <message>
      <source>{day} at {time}</source>
      <translation>{day} a las {time}</translation>
    </message>
    <message>
      <source>Nothing in the file has been changed.</source>
      <translation>No se ha cambiado nada en el archivo.</translation>
    </message>
    <message>
      <source>No backup of this diary was found. You can open another diary with relief-diary --db PATH, or ask someone you trust to look at the file.</source>
      <translation>No se ha encontrado ninguna copia de este diario. Puede abrir otro diario con relief-diary --db RUTA, o pedir a alguien de confianza que mire el archivo.</translation>
    </message>
    <message>
      <source>The newest good backup is from {when}, with {n} entries. Restore it? The damaged file will be kept beside it, renamed, with its -wal and -shm files.</source>
      <translation>La copia buena más reciente es del {when}, con {n} anotaciones. ¿Restaurarla? El archivo dañado se guardará a su lado, con otro nombre, junto con sus archivos -wal y -shm.</translation>
    </message>
    <message>
      <source>Restore the backup</source>
      <translation>Restaurar la copia</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>The backup could not be restored: {error}</source>
      <translation>No se pudo restaurar la copia: {error}</translation>
    </message>
    <message>
      <source>{path} is damaged ({problem}).</source>
      <translation>{path} está dañado ({problem}).</translation>
    </message>
    <message>
      <source>Today's backup could not be made: {error}</source>
      <translation>No se pudo hacer la copia de hoy: {error}</translation>
    </message>
    <message>
      <source>Your diary is in {reason}.

Two computers changing it at the same time, or a synchronisation in the middle of a save, can damage it. A folder on this computer is safer; backups are kept either way.</source>
      <translation>Su diario está en {reason}.

Si dos ordenadores lo cambian a la vez, o una sincronización ocurre en mitad de un guardado, puede dañarse. Una carpeta de este ordenador es más segura; las copias se hacen en cualquier caso.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>{name} is not a Relief Diary file.</source>
      <translation>{name} no es un archivo del Diario de alivio.</translation>
    </message>
    <message>
      <source>{name} cannot be read ({why}).</source>
      <translation>{name} no se puede leer ({why}).</translation>
    </message>
    <message>
      <source>{name} cannot be read.</source>
      <translation>{name} no se puede leer.</translation>
    </message>
    <message>
      <source>{name} cannot be used: {problem}.</source>
      <translation>{name} no se puede usar: {problem}.</translation>
    </message>
    <message>
      <source>{name} is damaged.</source>
      <translation>{name} está dañado.</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}.</source>
      <translation>No se pudo escribir la copia en {path}.</translation>
    </message>
    <message>
      <source>The backup could not be written</source>
      <translation>No se pudo escribir la copia</translation>
    </message>
    <message>
      <source>The backup could not be named.</source>
      <translation>No se pudo poner nombre a la copia.</translation>
    </message>
    <message>
      <source>{path} is not a file.</source>
      <translation>{path} no es un archivo.</translation>
    </message>
    <message>
      <source>{path} is empty: it is not a Relief Diary file.</source>
      <translation>{path} está vacío: no es un archivo del Diario de alivio.</translation>
    </message>
    <message>
      <source>{path} is not a Relief Diary file.</source>
      <translation>{path} no es un archivo del Diario de alivio.</translation>
    </message>
    <message>
      <source>{path} is damaged (it has been cut short).</source>
      <translation>{path} está dañado (ha quedado cortado).</translation>
    </message>
    <message>
      <source>{path} is a database of another program, not a Relief Diary.</source>
      <translation>{path} es una base de datos de otro programa, no un Diario de alivio.</translation>
    </message>
    <message>
      <source>{path}: {problem}. Please update the app.</source>
      <translation>{path}: {problem}. Actualice la aplicación.</translation>
    </message>
    <message>
      <source>{path} cannot be used: {problem}.</source>
      <translation>{path} no se puede usar: {problem}.</translation>
    </message>
    <message>
      <source>{path} is damaged.</source>
      <translation>{path} está dañado.</translation>
    </message>
    <message>
      <source>{path} is damaged: some rows point to records that do not exist.</source>
      <translation>{path} está dañado: algunas filas remiten a registros que no existen.</translation>
    </message>
    <message>
      <source>There is no diary at {path}.</source>
      <translation>No hay ningún diario en {path}.</translation>
    </message>
    <message>
      <source>The diary cannot be opened</source>
      <translation>No se puede abrir el diario</translation>
    </message>
    <message>
      <source>Not saved: the disk is full. Free some space and try again.</source>
      <translation>No guardado: el disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>Not saved: the computer could not write to the disk. Try again.</source>
      <translation>No guardado: el ordenador no pudo escribir en el disco. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>Not saved: the diary is busy in another program. Try again.</source>
      <translation>No guardado: el diario está ocupado en otro programa. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>Not saved: the diary file cannot be written to.</source>
      <translation>No guardado: no se puede escribir en el archivo del diario.</translation>
    </message>
    <message>
      <source>Not saved: the diary file is damaged.</source>
      <translation>No guardado: el archivo del diario está dañado.</translation>
    </message>
    <message>
      <source>Not saved: a value was outside what the diary accepts.</source>
      <translation>No guardado: un valor está fuera de lo que el diario acepta.</translation>
    </message>
    <message>
      <source>Not saved: the diary could not be written.</source>
      <translation>No guardado: no se pudo escribir el diario.</translation>
    </message>
    <message>
      <source>The disk holding the folder {folder} is full. Nothing was changed. Free some space (empty the wastebasket, remove large files) and try again.</source>
      <translation>El disco de la carpeta {folder} está lleno. No se ha cambiado nada. Libere espacio (vacíe la papelera, borre archivos grandes) e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>{path} is locked by another program. Close it (or wait for it to finish) and try again. Nothing was changed.</source>
      <translation>{path} está bloqueado por otro programa. Ciérrelo (o espere a que termine) e inténtelo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The folder {folder} is read-only, so the diary cannot be opened for writing. Nothing was changed. Move the diary to a folder you can write to, or open it with relief-diary --db PATH.</source>
      <translation>La carpeta {folder} es de solo lectura, así que el diario no se puede abrir para escribir. No se ha cambiado nada. Mueva el diario a una carpeta en la que pueda escribir, o ábralo con relief-diary --db PATH.</translation>
    </message>
    <message>
      <source>You do not have permission to read and write {path}. Nothing was changed.</source>
      <translation>No tiene permiso para leer y escribir {path}. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The computer could not read or write {path} (a disk or a connection problem). Nothing was changed. Try again.</source>
      <translation>El ordenador no pudo leer ni escribir {path} (un problema del disco o de la conexión). No se ha cambiado nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>{path} could not be opened right now. Nothing was changed. Try again.</source>
      <translation>{path} no se pudo abrir en este momento. No se ha cambiado nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>{doing}: the folder {folder} is read-only.</source>
      <translation>{doing}: la carpeta {folder} es de solo lectura.</translation>
    </message>
    <message>
      <source>{doing}: you do not have permission to write {path}.</source>
      <translation>{doing}: no tiene permiso para escribir {path}.</translation>
    </message>
    <message>
      <source>{doing}: {why}.</source>
      <translation>{doing}: {why}.</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>No se pudo restaurar la copia</translation>
    </message>
    <message>
      <source>{path} is the diary itself (or one of its own files): choose another name.</source>
      <translation>{path} es el propio diario (o uno de sus archivos): elija otro nombre.</translation>
    </message>
    <message>
      <source>{path} is in the diary's backups folder, which Relief Diary manages itself: choose another folder.</source>
      <translation>{path} está en la carpeta de copias del diario, que gestiona el propio Diario de alivio: elija otra carpeta.</translation>
    </message>
    <message>
      <source>{path} is a folder: give a file name.</source>
      <translation>{path} es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
      <source>{path} already exists: choose another name, or add --force to replace it.</source>
      <translation>{path} ya existe: elija otro nombre o añada --force para sustituirlo.</translation>
    </message>
    <message>
      <source>some of its values are not stored as Relief Diary stores them ('{column}' in {table})</source>
      <translation>algunos de sus valores no están guardados como los guarda el Diario de alivio ('{column}' en {table})</translation>
    </message>
    <message>
      <source>some of its entries hold a warning sign that Relief Diary does not know</source>
      <translation>algunas de sus anotaciones tienen una señal de alarma que el Diario de alivio no conoce</translation>
    </message>
    <message>
      <source>some of its rows break the diary's rules (a rating outside 0–10, say)</source>
      <translation>algunas de sus filas incumplen las reglas del diario (por ejemplo, una puntuación fuera de 0–10)</translation>
    </message>
    <message>
      <source>some of its rows point to records that do not exist</source>
      <translation>algunas de sus filas remiten a registros que no existen</translation>
    </message>
    <message>
      <source>it contains an extra {kind} named '{name}' that Relief Diary never creates (it could change or hide entries)</source>
      <translation>contiene un elemento extra ({kind}) llamado '{name}' que el Diario de alivio nunca crea (podría cambiar u ocultar anotaciones)</translation>
    </message>
    <message>
      <source>it contains an extra {kind} named '{name}' that Relief Diary never creates</source>
      <translation>contiene un elemento extra ({kind}) llamado '{name}' que el Diario de alivio nunca crea</translation>
    </message>
    <message>
      <source>its {kind} '{name}' is not defined as Relief Diary defines it</source>
      <translation>su elemento ({kind}) '{name}' no está definido como lo define el Diario de alivio</translation>
    </message>
    <message>
      <source>'{name}' is a {other}, not a {kind}</source>
      <translation>'{name}' es de tipo {other}, no {kind}</translation>
    </message>
    <message>
      <source>its {kind} '{name}' is missing</source>
      <translation>falta su elemento ({kind}) '{name}'</translation>
    </message>
    <message>
      <source>it is not a Relief Diary file</source>
      <translation>no es un archivo del Diario de alivio</translation>
    </message>
    <message>
      <source>it was written by a newer version of Relief Diary (schema {version}; this version reads up to {known})</source>
      <translation>lo escribió una versión más nueva del Diario de alivio (esquema {version}; esta versión lee hasta el {known})</translation>
    </message>
    <message>
      <source>its schema version ({version}) is unknown</source>
      <translation>su versión de esquema ({version}) es desconocida</translation>
    </message>
    <message>
      <source>it is damaged (the database check failed)</source>
      <translation>está dañado (falló la comprobación de la base de datos)</translation>
    </message>
    <message>
      <source>the diary is open in Relief Diary: close it first</source>
      <translation>el diario está abierto en el Diario de alivio: ciérrelo primero</translation>
    </message>
  </context>
  <context>
    <name>ten key</name>
    <message>
      <source>T</source>
      <translation>D</translation>
    </message>
  </context>
  <context>
    <name>wording</name>
    <message>
      <source>day {n} after the procedure on {date}</source>
      <translation>día {n} tras el procedimiento del {date}</translation>
    </message>
    <message>
      <source>No ablation (RFA) recorded yet. A diagnostic block is summarised on its block day; your day-to-day relief is followed from the RFA on.</source>
      <translation>Aún no hay ninguna ablación (RF) registrada. Un bloqueo diagnóstico se resume en su día del bloqueo; su alivio día a día se sigue a partir de la RF.</translation>
    </message>
    <message>
      <source>No procedure recorded yet. Add the date of your procedure to see your relief.</source>
      <translation>Aún no hay ningún procedimiento. Añada la fecha de su procedimiento para ver su alivio.</translation>
    </message>
    <message>
      <source>Your baseline pain is 0, so relief cannot be worked out. Check the usual pain recorded with the procedure.</source>
      <translation>Su dolor basal es 0, así que no se puede calcular el alivio. Revise el dolor habitual registrado con el procedimiento.</translation>
    </message>
    <message>
      <source>No baseline: add your usual pain before the procedure, or at least {min} days of ratings from the {days} days before it.</source>
      <translation>Sin dolor basal: añada su dolor habitual antes del procedimiento, o al menos {min} días de puntuaciones de los {days} días anteriores.</translation>
    </message>
    <message>
      <source>Settling in: day {n} of {days}. Soreness and numbness are common in the first weeks.</source>
      <translation>En adaptación: día {n} de {days}. Las molestias y el entumecimiento son frecuentes las primeras semanas.</translation>
    </message>
    <message>
      <source>Settling in: day {n}. Relief has not reached {pct} yet; thoracic relief can take 6–8 weeks to build (judged from day {last} at the latest).</source>
      <translation>En adaptación: día {n}. El alivio aún no ha llegado al {pct}; el alivio torácico puede tardar 6–8 semanas (se valora a partir del día {last} como muy tarde).</translation>
    </message>
    <message>
      <source>Too few entries: rate your pain on at least {min} days in any {days} to see your relief (once a week is enough).</source>
      <translation>Muy pocas anotaciones: puntúe su dolor al menos {min} días de cada {days} para ver su alivio (con una vez a la semana basta).</translation>
    </message>
    <message>
      <source>{pain} is {pct} below your baseline of {base}</source>
      <translation>{pain} está un {pct} por debajo de su basal de {base}</translation>
    </message>
    <message>
      <source>{pain} is {pct} above your baseline of {base}</source>
      <translation>{pain} está un {pct} por encima de su basal de {base}</translation>
    </message>
    <message>
      <source>Relief ended on {date}: {level} ({when}). Consider telling your care team.</source>
      <translation>El alivio terminó el {date}: {level} ({when}). Considere comentarlo con su equipo médico.</translation>
    </message>
    <message>
      <source>Your pain has risen over the last {weeks} weeks: relief may be fading; {level}, {when}. Consider telling your care team.</source>
      <translation>Su dolor ha subido en las últimas {weeks} semanas: el alivio puede estar disminuyendo; {level}, {when}. Considere comentarlo con su equipo médico.</translation>
    </message>
    <message>
      <source>{title}: {level} ({when}).</source>
      <translation>{title}: {level} ({when}).</translation>
    </message>
    <message>
      <source>{n}-day mean</source>
      <translation>media de {n} días</translation>
    </message>
    <message>
      <source>last {n} entries, over {span} days</source>
      <translation>últimas {n} anotaciones, en {span} días</translation>
    </message>
    <message>
      <source>, the latest {age} days ago</source>
      <translation>, la más reciente hace {age} días</translation>
    </message>
    <message>
      <source>pain {value} ({basis})</source>
      <translation>el dolor de {value} ({basis})</translation>
    </message>
    <message>
      <source>below {pct} for the last {below} days; {days} days at ≥ {pct} so far</source>
      <translation>por debajo del {pct} los últimos {below} días; {days} días con ≥ {pct} hasta ahora</translation>
    </message>
    <message>
      <source>≥ {pct} relief for between {low} and {high} days: too few entries from {a} to {b}</source>
      <translation>Alivio ≥ {pct} durante {low} a {high} días: muy pocas anotaciones del {a} al {b}</translation>
    </message>
    <message>
      <source>≥ {pct} relief for between {low} and {high} days: no entries from {a} to {b}</source>
      <translation>Alivio ≥ {pct} durante {low} a {high} días: sin anotaciones del {a} al {b}</translation>
    </message>
    <message>
      <source>≥ {pct} relief</source>
      <translation>Alivio ≥ {pct}</translation>
    </message>
    <message>
      <source>{head}: not reached yet</source>
      <translation>{head}: aún no alcanzado</translation>
    </message>
    <message>
      <source>{head}: from {start}, ongoing; {below}</source>
      <translation>{head}: desde el {start}, continúa; {below}</translation>
    </message>
    <message>
      <source>{head}: from {start}, ongoing, {days} days so far</source>
      <translation>{head}: desde el {start}, continúa, {days} días hasta ahora</translation>
    </message>
    <message>
      <source>{gap} (from {start}; ended by {end})</source>
      <translation>{gap} (desde el {start}; terminado como tarde el {end})</translation>
    </message>
    <message>
      <source>{head}: from {start} to {end} ({days} days)</source>
      <translation>{head}: del {start} al {end} ({days} días)</translation>
    </message>
  </context>
</TS>
