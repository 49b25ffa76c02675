<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AddendaPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/addenda_panel.py" line="+51" />
            <source>Addenda</source>
            <translation>Adendas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add addendum…</source>
            <translation>Añadir adenda…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an addendum</source>
            <translation>Añadir una adenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correct or add to this signed note</source>
            <translation>Corregir o completar esta nota firmada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Addendum text</source>
            <translation>Texto de la adenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The correction or addition, signed with your name when saved</source>
            <translation>La corrección o el añadido, firmado con su nombre al guardarlo</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Save addendum</source>
            <translation>Guardar adenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save and sign the addendum (Ctrl+Enter)</source>
            <translation>Guardar y firmar la adenda (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the addendum</source>
            <translation>Cancelar la adenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Addenda (%1)</source>
            <translation>Adendas (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Write the addendum first.</source>
            <translation>Escriba primero la adenda.</translation>
        </message>
    </context>
    <context>
        <name>AgendaReason</name>
        <message>
            <location filename="../../leaddesk/ui/conference_labels.py" line="+16" />
            <source>Court date in the next 14 days</source>
            <translation>Fecha de audiencia en los próximos 14 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To coordinate with the prosecutor</source>
            <translation>Para coordinar con la fiscalía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not seen in 14 days</source>
            <translation>Sin ver en 14 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New referral</source>
            <translation>Nueva derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by the team</source>
            <translation>Añadido por el equipo</translation>
        </message>
    </context>
    <context>
        <name>Assignment</name>
        <message>
            <location filename="../../leaddesk/ui/rule_words.py" line="+38" />
            <source>Reassigning needs your role from the office server: connect this laptop (Desk → Connect to office…) and sync first.</source>
            <translation>Para reasignar hace falta su rol en el servidor de la oficina: conecte esta portátil (Escritorio → Conectar con la oficina…) y sincronice primero.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only a supervisor can change a participant's case manager or team; ask your supervisor.</source>
            <translation>Solo un supervisor/a puede cambiar el gestor/a de casos o el equipo de un participante; pídaselo a su supervisor/a.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <location filename="../../leaddesk/ui/participant/attachment_viewer.py" line="+65" />
            <source>File shown</source>
            <translation>Archivo mostrado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save a copy…</source>
            <translation>&amp;Guardar una copia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a copy outside the app</source>
            <translation>Guardar una copia fuera de la aplicación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export an unencrypted copy of this file; recorded in the audit log (Alt+S)</source>
            <translation>Exportar una copia sin cifrar de este archivo; queda en el registro de auditoría (Alt+G)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Viewer message</source>
            <translation>Mensaje del visor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No file selected</source>
            <translation>Ningún archivo seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a file in the list to see it here.</source>
            <translation>Seleccione un archivo de la lista para verlo aquí.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This file type cannot be shown here. “Save a copy…” exports it, if you need to open it.</source>
            <translation>Este tipo de archivo no se puede mostrar aquí. «Guardar una copia…» lo exporta, si necesita abrirlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file could not be read; it may be damaged.</source>
            <translation>No se pudo leer este archivo; puede estar dañado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opening the file…</source>
            <translation>Abriendo el archivo…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The contents of this file have not reached this device yet; they come with a sync.</source>
            <translation>El contenido de este archivo aún no ha llegado a este equipo; llega con una sincronización.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/attachments_tab.py" line="+79" />
            <source>File name</source>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File name</source>
            <translation>&amp;Nombre del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What this file is</source>
            <translation>Qué es este archivo</translation>
        </message>
        <message>
            <location line="+42" />
            <source>“%1” could not be shown: %2</source>
            <translation>No se pudo mostrar «%1»: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add a file to this record</source>
            <translation>Añadir un archivo a este expediente</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+41" />
            <source>“%1” could not be read: %2</source>
            <translation>No se pudo leer «%1»: %2</translation>
        </message>
        <message>
            <location line="-36" />
            <source>“%1” is %2; a file can be at most %3.</source>
            <translation>«%1» ocupa %2; un archivo puede ocupar como máximo %3.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The copy could not be written: %1</source>
            <translation>No se pudo escribir la copia: %1</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Saved a copy to %1.</source>
            <translation>Copia guardada en %1.</translation>
        </message>
        <message>
            <location line="-61" />
            <source>Adding “%1”…</source>
            <translation>Añadiendo «%1»…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>A copy of “%1” leaves LEAD Desk as an ordinary, unencrypted file: it is a disclosure. Choose whom it is for and why; it is saved only if one of the participant's consents allows attached files to go to them for that purpose, and it is recorded.</source>
            <translation>Una copia de «%1» sale de LEAD Desk como un archivo corriente, sin cifrar: es una divulgación. Elija para quién es y para qué; solo se guarda si uno de los consentimientos del participante permite que los archivos adjuntos vayan a ese destinatario con ese propósito, y queda registrada.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No copy was saved: %1</source>
            <translation>No se guardó ninguna copia: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disclosure was recorded, but the copy could not be put there: %1</source>
            <translation>La divulgación quedó registrada, pero la copia no se pudo guardar allí: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The contents of this file have not reached this device yet; they come with a sync.</source>
            <translation>El contenido de este archivo aún no ha llegado a este equipo; llega con una sincronización.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Add file…</source>
            <translation>&amp;Añadir archivo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Rename…</source>
            <translation>&amp;Cambiar nombre…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename or describe the file</source>
            <translation>Cambiar el nombre o la descripción del archivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No files attached. Add an ID scan, a court letter or a form with “Add file…” (Alt+A).</source>
            <translation>No hay archivos adjuntos. Añada un documento de identidad escaneado, una carta del tribunal o un formulario con «Añadir archivo…» (Alt+A).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete “%1” from this record? It disappears on every device after the next sync.</source>
            <translation>¿Eliminar «%1» de este expediente? Desaparece de todos los equipos tras la próxima sincronización.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 file</source>
            <translation>%1 archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 files</source>
            <translation>%1 archivos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kept encrypted</source>
            <translation>guardados cifrados</translation>
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_card.py" line="+236" />
            <source>Working</source>
            <translation>Trabajando</translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location line="-86" />
            <source>LEAD Desk</source>
            <translation>LEAD Desk</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../leaddesk/ui/caseload_model.py" line="+61" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days since</source>
            <translation>Días desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open needs</source>
            <translation>Necesidades abiertas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next task due</source>
            <translation>Próxima tarea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Also known as: %1</source>
            <translation>También conocido como: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No contact recorded yet</source>
            <translation>Aún no hay ningún contacto registrado</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Not seen for %n day(s)</source>
            <translation>
                <numerusform>Sin ver desde hace %n día</numerusform>
                <numerusform>Sin ver desde hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <location filename="../../leaddesk/ui/caseload_page.py" line="+75" />
            <location line="+1" />
            <source>Find by name or alias</source>
            <translation>Buscar por nombre o alias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type part of a name or alias; Enter opens the first match</source>
            <translation>Escriba parte de un nombre o alias; Enter abre la primera coincidencia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Whose participants</source>
            <translation>De quién son los participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mine</source>
            <translation>Míos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My team</source>
            <translation>Mi equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+117" />
            <source>Not seen in %n day(s)</source>
            <translation>
                <numerusform>Sin ver en %n día</numerusform>
                <numerusform>Sin ver en %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="-116" />
            <source>Overdue contact only</source>
            <translation>Solo contacto atrasado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only participants with no contact in that many days</source>
            <translation>Mostrar solo participantes sin contacto en esa cantidad de días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New participant…</source>
            <translation>Nuevo participante…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New participant</source>
            <translation>Nuevo participante</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Caseload</source>
            <translation>Casos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Caseload count</source>
            <translation>Número de casos</translation>
        </message>
        <message>
            <location line="+49" />
            <source>You have no participants yet, so no team is known</source>
            <translation>Aún no tiene participantes, así que no se conoce ningún equipo</translation>
        </message>
        <message numerus="yes">
            <location line="+71" />
            <source>not seen in %n day(s)</source>
            <translation>
                <numerusform>sin ver en %n día</numerusform>
                <numerusform>sin ver en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="+119" />
            <location line="+25" />
            <location line="+2" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Profile: %1</source>
            <translation>Perfil: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat new passphrase</source>
            <translation>Repita la nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The new passphrase is the same as the current one.</source>
            <translation>La nueva frase de contraseña es igual a la actual.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Changing the passphrase… this takes a moment.</source>
            <translation>Cambiando la frase de contraseña… tarda un momento.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+1" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your passphrase has been changed. Use the new one the next time you unlock.</source>
            <translation>Su frase de contraseña ha cambiado. Use la nueva la próxima vez que desbloquee.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The current passphrase is not right.</source>
            <translation>La frase de contraseña actual no es correcta.</translation>
        </message>
    </context>
    <context>
        <name>ChargeLevel</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+52" />
            <source>Felony</source>
            <translation>Delito grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross misdemeanor</source>
            <translation>Delito menor grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Misdemeanor</source>
            <translation>Delito menor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Infraction or violation</source>
            <translation>Infracción o contravención</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
    </context>
    <context>
        <name>ConferenceAgenda</name>
        <message>
            <location filename="../../leaddesk/ui/conference_agenda.py" line="+21" />
            <source>%1. Participant %1 (%2) — without identifying details</source>
            <translation>%1. Participante %1 (%2) — sin datos identificativos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1. %2 — born %3</source>
            <translation>%1. %2 — nacido el %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>prosecutor: %1</source>
            <translation>fiscalía: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>referred %1</source>
            <translation>derivado el %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Case conference — %1 — %2</source>
            <translation>Reunión de casos — %1 — %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(program staff)</source>
            <translation>(personal del programa)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attending</source>
            <translation>Asistentes</translation>
        </message>
    </context>
    <context>
        <name>ConferencePage</name>
        <message>
            <location filename="../../leaddesk/ui/conference_page.py" line="+65" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Suggested participants</source>
            <translation>Participantes sugeridos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add someone not suggested</source>
            <translation>Añadir a alguien no sugerido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add someone not suggested: type part of a name</source>
            <translation>Añadir a alguien no sugerido: escriba parte de un nombre</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Attendee's name</source>
            <translation>Nombre del asistente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agency</source>
            <translation>Agencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attendees</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Build the agenda</source>
            <translation>Preparar la agenda</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print the agenda…</source>
            <translation>Imprimir la agenda…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish the meeting</source>
            <translation>Terminar la reunión</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Suggested participants (tick who to discuss)</source>
            <translation>Participantes sugeridos (marque a quién tratar)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attending</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Agenda, as the attendees see it</source>
            <translation>Agenda, tal como la ven los asistentes</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Case conference — %1</source>
            <translation>Reunión de casos — %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Program staff</source>
            <translation>Personal del programa</translation>
        </message>
        <message numerus="yes">
            <location line="+77" />
            <source>%n participant(s) left off: no consent covers every agency attending.</source>
            <translation>
                <numerusform>%n participante no incluido: ningún consentimiento cubre a todas las agencias presentes.</numerusform>
                <numerusform>%n participantes no incluidos: ningún consentimiento cubre a todas las agencias presentes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print the agenda</source>
            <translation>Imprimir la agenda</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Case conference agenda, %1</source>
            <translation>Agenda de la reunión de casos, %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The meeting is recorded: its decisions, tasks and disclosures.</source>
            <translation>La reunión queda registrada: sus decisiones, tareas y divulgaciones.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The meeting could not be saved (%1).</source>
            <translation>No se pudo guardar la reunión (%1).</translation>
        </message>
    </context>
    <context>
        <name>ConferenceWithoutConsent</name>
        <message>
            <location filename="../../leaddesk/ui/conference_labels.py" line="+3" />
            <source>Discussed without identifying details</source>
            <translation>Tratado sin datos identificativos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Left off the agenda</source>
            <translation>Fuera de la agenda</translation>
        </message>
    </context>
    <context>
        <name>ConferencesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/conferences_tab.py" line="+32" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the room</source>
            <translation>Presentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discussed</source>
            <translation>Tratado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why on the agenda</source>
            <translation>Por qué en la agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Decisions</source>
            <translation>&amp;Decisiones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Correct the decisions…</source>
            <translation>&amp;Corregir las decisiones…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>By name</source>
            <translation>Por nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Without identifying details</source>
            <translation>Sin datos identificativos</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <location filename="../../leaddesk/ui/rule_words.py" line="+9" />
            <source>You may revoke this consent at any time, in writing or by telling your case manager, except where action has already been taken in reliance on it.</source>
            <translation>Puede revocar este consentimiento en cualquier momento, por escrito o diciéndoselo a su gestor/a de casos, salvo en lo que ya se haya hecho basándose en él.</translation>
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consent_fields.py" line="+56" />
            <source>Only if the form names it: without it, SUD notes, needs and services never leave.</source>
            <translation>Solo si el formulario lo nombra; si no, notas de TUS, necesidades y servicios no salen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a partner agency, or type the name on the form</source>
            <translation>Elija una agencia asociada o escriba el nombre que figura en el formulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A partner agency from the program's list is matched exactly when something is disclosed; a typed name only to that same name</source>
            <translation>Una agencia asociada de la lista del programa coincide exactamente al divulgar algo; un nombre escrito, solo con ese mismo nombre</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Tick every purpose the signed form allows</source>
            <translation>Marque cada propósito que permite el formulario firmado</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Tick each kind of information the signed form names</source>
            <translation>Marque cada tipo de información que nombra el formulario firmado</translation>
        </message>
        <message>
            <location line="+28" />
            <source>None ticked: covers nothing</source>
            <translation>Ninguno marcado: no cubre nada</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="+93" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signed on</source>
            <translation>Firmado el</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expires</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who may &amp;disclose</source>
            <translation>Quién puede &amp;divulgar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Program or person</source>
            <translation>Programa o persona</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Information</source>
            <translation>&amp;Información</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Specifically what may be shared, e.g. attendance at treatment and progress in LEAD</source>
            <translation>Qué se puede compartir concretamente, p. ej., asistencia al tratamiento y progreso en LEAD</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Describe the information specifically; “any and all records” is not allowed</source>
            <translation>Describa la información concretamente; no se admite «todos y cada uno de los registros»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Recipient</source>
            <translation>Desti&amp;natario</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Allowed for</source>
            <translation>Permitido para</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>%1
On the form: %2</source>
            <translation>%1
En el formulario: %2</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Information named</source>
            <translation>Información nombrada</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Allowed &amp;for</source>
            <translation>Permitido p&amp;ara</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Purpose</source>
            <translation>&amp;Propósito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The purpose in the words of the signed form</source>
            <translation>El propósito con las palabras del formulario firmado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Informa&amp;tion named</source>
            <translation>Informa&amp;ción nombrada</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Expires on</source>
            <translation>&amp;Vence el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On a date</source>
            <translation>En una fecha</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Or on this e&amp;vent</source>
            <translation>O con este &amp;evento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Final disposition of the case or exit from LEAD</source>
            <translation>p. ej., resolución final del caso o egreso de LEAD</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Irrevocable &amp;until</source>
            <translation>Irrevocable &amp;hasta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Has an irrevocable period</source>
            <translation>Tiene un periodo irrevocable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a criminal-justice consent (42 CFR 2.35) may be irrevocable for a time</source>
            <translation>Solo un consentimiento de justicia penal (42 CFR 2.35) puede ser irrevocable durante un tiempo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Right &amp;to revoke</source>
            <translation>Derecho a &amp;revocar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Signed by</source>
            <translation>Fir&amp;mado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed &amp;on</source>
            <translation>Firmado e&amp;l</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+20" />
            <source>D&amp;isclose…</source>
            <translation>D&amp;ivulgar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A disclosure packet of what the consents allow a recipient to see</source>
            <translation>Un paquete de divulgación con lo que los consentimientos permiten ver a un destinatario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;voke…</source>
            <translation>Re&amp;vocar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record that the participant revoked the consent</source>
            <translation>Registrar que el participante revocó el consentimiento</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Disclosed to %1; the packet is at %2.</source>
            <translation>Divulgado a %1; el paquete está en %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Revoked on</source>
            <translation>Revocado el</translation>
        </message>
        <message>
            <location line="+14" />
            <source>on: %1</source>
            <translation>el: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: a partner agency (%2)</source>
            <translation>%1: una agencia asociada (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: as typed on the form</source>
            <translation>%1: tal como está escrito en el formulario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Revoked on %1</source>
            <translation>Revocado el %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired after %1</source>
            <translation>Venció después del %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Valid from %1</source>
            <translation>Válido desde el %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active; cannot be revoked before %1</source>
            <translation>Activo; no se puede revocar antes del %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add consent…</source>
            <translation>&amp;Añadir consentimiento…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit consent</source>
            <translation>Editar consentimiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record a signed consent</source>
            <translation>Registrar un consentimiento firmado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Correct what was copied from the signed form. To end the consent, use Revoke.</source>
            <translation>Corrija lo que se copió del formulario firmado. Para terminar el consentimiento, use Revocar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy each element from the signed form (42 CFR 2.31). Describe the information specifically, and give an expiry date, an expiry event, or both.</source>
            <translation>Copie cada elemento del formulario firmado (42 CFR 2.31). Describa la información concretamente e indique una fecha de vencimiento, un evento de vencimiento o ambos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No consents recorded. Nothing may be disclosed without one.</source>
            <translation>No hay consentimientos registrados. Sin uno no se puede divulgar nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 active of %2</source>
            <translation>%1 activos de %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an active criminal-justice consent</source>
            <translation>un consentimiento de justicia penal activo</translation>
        </message>
    </context>
    <context>
        <name>ContactKind</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+88" />
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation>Tribunal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jail</source>
            <translation>Cárcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter</source>
            <translation>Albergue</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/contacts_tab.py" line="+53" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Staff present</source>
            <translation>Personal presente</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Minutes</source>
            <translation>&amp;Minutos</translation>
        </message>
        <message>
            <location line="+0" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Place</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3rd &amp; Pine, under the bridge</source>
            <translation>p. ej., 3rd y Pine, debajo del puente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Staff present</source>
            <translation>&amp;Personal presente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Names, separated by commas</source>
            <translation>Nombres, separados por comas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone from the team who was there, separated by commas</source>
            <translation>Todas las personas del equipo que estaban allí, separadas por comas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Outcome</source>
            <translation>&amp;Resultado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What came of it: needs met, next steps, follow-up agreed</source>
            <translation>Qué resultó: necesidades cubiertas, próximos pasos, seguimiento acordado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add contact…</source>
            <translation>&amp;Añadir contacto…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add contact</source>
            <translation>Añadir contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No contacts recorded yet. Add one with “Add contact…” (Alt+A).</source>
            <translation>Aún no hay contactos registrados. Añada uno con «Añadir contacto…» (Alt+A).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete the contact of %1? It disappears from this record on every device after the next sync; the audit trail keeps that it was deleted.</source>
            <translation>¿Eliminar el contacto del %1? Desaparece de este expediente en todos los equipos tras la próxima sincronización; el registro de auditoría conserva que se eliminó.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 case note was written about this contact; it stays.</source>
            <translation>Se escribió %1 nota de caso sobre este contacto; se conserva.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 case notes were written about this contact; they stay.</source>
            <translation>Se escribieron %1 notas de caso sobre este contacto; se conservan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 contact</source>
            <translation>%1 contacto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 contacts</source>
            <translation>%1 contactos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 in the last 30 days (%2)</source>
            <translation>%1 en los últimos 30 días (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>none in the last 30 days</source>
            <translation>ninguno en los últimos 30 días</translation>
        </message>
        <message>
            <location line="+2" />
            <source>last %1</source>
            <translation>último: %1</translation>
        </message>
    </context>
    <context>
        <name>CourtDatesModel</name>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="+135" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation>Tribunal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Asunto</translation>
        </message>
    </context>
    <context>
        <name>Criterion</name>
        <message>
            <location filename="../../leaddesk/ui/rule_words.py" line="-33" />
            <source>Is the offence or probable cause a low-level one the site diverts?</source>
            <translation>¿El delito o la causa probable es de poca gravedad y de los que el sitio desvía?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Does the conduct stem from substance use, mental illness or poverty?</source>
            <translation>¿La conducta se debe al uso de sustancias, a una enfermedad mental o a la pobreza?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Is the person 18 or older?</source>
            <translation>¿La persona tiene 18 años o más?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Was the quantity above the site's limit?</source>
            <translation>¿La cantidad superaba el límite del sitio?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Was it delivery for profit beyond subsistence?</source>
            <translation>¿Era venta con fines de lucro más allá de la subsistencia?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is there exploitation of minors or promotion of prostitution?</source>
            <translation>¿Hay explotación de menores o promoción de la prostitución?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Is there a pending treatment-court case or a protective order?</source>
            <translation>¿Hay un caso pendiente en un tribunal de tratamiento o una orden de protección?</translation>
        </message>
    </context>
    <context>
        <name>DapForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/note_form.py" line="+47" />
            <source>Note state</source>
            <translation>Estado de la nota</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Da&amp;ta — what was seen and said</source>
            <translation>Da&amp;tos — lo que se vio y se dijo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Assessment — what it means</source>
            <translation>&amp;Evaluación — lo que significa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Plan — what happens next</source>
            <translation>&amp;Plan — lo que sigue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+1" />
            <source>Sensitive SUD information (42 CFR Part 2)</source>
            <translation>Información sensible de TUS (42 CFR parte 2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosed only under a valid Part 2 consent</source>
            <translation>Se divulga solo con un consentimiento válido de la parte 2</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Linked contact</source>
            <translation>Contacto vinculado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Linked contact:</source>
            <translation>Contacto &amp;vinculado:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Discard…</source>
            <translation>Descartar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Throw away what has not been saved</source>
            <translation>Tirar lo que no se ha guardado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save note</source>
            <translation>Guardar nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save without signing (Ctrl+S)</source>
            <translation>Guardar sin firmar (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign…</source>
            <translation>Firmar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign note</source>
            <translation>Firmar nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)</source>
            <translation>Firmar la nota; después no se puede cambiar (Ctrl+Mayús+S)</translation>
        </message>
    </context>
    <context>
        <name>DashboardCards</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_cards.py" line="+80" />
            <source>Caseload per case manager</source>
            <translation>Casos por gestor/a de casos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not seen in 14 days</source>
            <translation>Sin ver en 14 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals</source>
            <translation>Derivaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral to engagement</source>
            <translation>De la derivación a la vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts per participant per month</source>
            <translation>Contactos por participante y mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs opened and met</source>
            <translation>Necesidades abiertas y cubiertas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Housing at entry and now</source>
            <translation>Vivienda al ingreso y ahora</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Participants not seen in 14 days</source>
            <translation>Participantes sin ver en 14 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter or a double-click opens the participant</source>
            <translation>Enter o un doble clic abre al participante</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Referrals counted by</source>
            <translation>Derivaciones contadas por</translation>
        </message>
        <message>
            <location line="+4" />
            <source>by door</source>
            <translation>por vía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by agency</source>
            <translation>por agencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by precinct</source>
            <translation>por distrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by offence category</source>
            <translation>por categoría de delito</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Open participants</source>
            <translation>Participantes abiertos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standard caseload (%1–%2)</source>
            <translation>Carga estándar (%1–%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum (%1)</source>
            <translation>Máximo (%1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 de %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In the caseload on %1.</source>
            <translation>En la carga de casos el %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Above the maximum of %1: %2.</source>
            <translation>Por encima del máximo de %1: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one is above the maximum of %1.</source>
            <translation>Nadie está por encima del máximo de %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Above their standard: %1.</source>
            <translation>Por encima de su estándar: %1.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 referrals of %2 participants in the period.</source>
            <translation>%1 derivaciones de %2 participantes en el periodo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Same day</source>
            <translation>El mismo día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1–7 days</source>
            <translation>1–7 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>8–30 days</source>
            <translation>8–30 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over 30 days</source>
            <translation>Más de 30 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not engaged yet</source>
            <translation>Aún sin vincular</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Episodes</source>
            <translation>Episodios</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None of the %1 episodes referred in the period engaged by its end.</source>
            <translation>Ninguno de los %1 episodios derivados en el periodo se vinculó antes de su fin.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Median %1 days to engagement (%2 of %3 engaged).</source>
            <translation>Mediana de %1 días hasta la vinculación (%2 de %3 vinculados).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Warm hand-off: %1 of %2 referrals, %3 within 30 minutes.</source>
            <translation>Traspaso directo: %1 de %2 derivaciones, %3 en 30 minutos o menos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Intake deadline: %1 met, %2 missed, %3 still open.</source>
            <translation>Plazo de admisión: %1 cumplidos, %2 incumplidos, %3 aún abiertos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Officers' referrals: %1 met, %2 could not be located, %3 declined, %4 waiting.</source>
            <translation>Derivaciones de agentes: %1 con reunión, %2 sin localizar, %3 rechazadas, %4 en espera.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Contacts per participant</source>
            <translation>Contactos por participante</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 contacts with the participants in the caseload each month.</source>
            <translation>%1 contactos al mes con los participantes de la carga de casos.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Opened</source>
            <translation>Abiertas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Met</source>
            <translation>Cubiertas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 needs still open or in progress.</source>
            <translation>%1 necesidades aún abiertas o en curso.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>At entry</source>
            <translation>Al ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 of %2 participants moved into permanent housing since entry.</source>
            <translation>%1 de %2 participantes pasaron a vivienda permanente desde el ingreso.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 of the %2 participants expected to be seen, as of %3.</source>
            <translation>%1 de los %2 participantes que se esperaba ver, al %3.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_page.py" line="+62" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom period</source>
            <translation>Periodo personalizado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All my teams</source>
            <translation>Todos mis equipos</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+156" />
            <source>Team %1</source>
            <translation>Equipo %1</translation>
        </message>
        <message>
            <location line="-155" />
            <location line="+153" />
            <source>Your own participants</source>
            <translation>Sus propios participantes</translation>
        </message>
        <message>
            <location line="-136" />
            <source>Dashboard status</source>
            <translation>Estado del panel</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Working out the figures…</source>
            <translation>Calculando las cifras…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working out the figures</source>
            <translation>Calculando las cifras</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Working out the figures for %1 to %2…</source>
            <translation>Calculando las cifras del %1 al %2…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>All your teams</source>
            <translation>Todos sus equipos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 · %2 · %3 to %4 · participants: %5 · in the caseload at the end: %6 · referrals: %7</source>
            <translation>%1 · %2 · del %3 al %4 · participantes: %5 · en la carga de casos al final: %6 · derivaciones: %7</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The figures could not be worked out: %1</source>
            <translation>No se pudieron calcular las cifras: %1</translation>
        </message>
    </context>
    <context>
        <name>DataCollectionStage</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+17" />
            <source>Entry</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual assessment</source>
            <translation>Evaluación anual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit</source>
            <translation>Egreso</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCheck</name>
        <message>
            <location filename="../../leaddesk/ui/database_check.py" line="+22" />
            <location line="+7" />
            <source>Check the database</source>
            <translation>Comprobar la base de datos</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The database could not be checked: %1</source>
            <translation>No se pudo comprobar la base de datos: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No damage found: every page of this laptop's database passed its check.</source>
            <translation>No se encontraron daños: todas las páginas de la base de datos de este portátil pasaron la comprobación.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database on this laptop is damaged. Nothing has been changed. What has synced is safe on the office server; tell your IT administrator before you go on working here.</source>
            <translation>La base de datos de este portátil está dañada. No se ha cambiado nada. Lo que se ha sincronizado está a salvo en el servidor de la oficina; avise a su administrador de TI antes de seguir trabajando aquí.</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../leaddesk/ui/conference_decisions.py" line="+58" />
            <location line="+41" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location line="-40" />
            <source>What the meeting decided for this participant</source>
            <translation>Lo que la reunión decidió para este participante</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+36" />
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <location line="-35" />
            <source>A task the decision becomes</source>
            <translation>Una tarea en que se convierte la decisión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assignee</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add task</source>
            <translation>Añadir tarea</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tasks decided</source>
            <translation>Tareas decididas</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+18" />
            <source>Legal event</source>
            <translation>Evento legal</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Prosecutor coordination</source>
            <translation>Coordinación con la fiscalía</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Update legal event</source>
            <translation>Actualizar evento legal</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Nothing more is shown.</source>
            <translation>No se muestra nada más.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unassigned</source>
            <translation>sin asignar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Task: %1 (%2), due %3</source>
            <translation>Tarea: %1 (%2), vence %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal event → prosecutor coordination: %1</source>
            <translation>Evento legal → coordinación con la fiscalía: %1</translation>
        </message>
    </context>
    <context>
        <name>Delivery</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="+41" />
            <source>Printed and handed over</source>
            <translation>Impreso y entregado en mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A file (PDF or a saved copy)</source>
            <translation>Un archivo (PDF o una copia guardada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email (sent outside LEAD Desk)</source>
            <translation>Correo electrónico (enviado fuera de LEAD Desk)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shown in person</source>
            <translation>Mostrado en persona</translation>
        </message>
    </context>
    <context>
        <name>DemoProgress</name>
        <message>
            <location filename="../../leaddesk/demo/progress.py" line="+25" />
            <source>LEAD Desk demo: %1</source>
            <translation>Demostración de LEAD Desk: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>LEAD Desk demo: %1's profile in %2 is open in another LEAD Desk window. Close that demo first, or give another --home.</source>
            <translation>Demostración de LEAD Desk: el perfil de %1 en %2 está abierto en otra ventana de LEAD Desk. Cierre primero esa demostración, o indique otra carpeta con --home.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>starting the office server on this computer…</source>
            <translation>iniciando el servidor de la oficina en esta computadora…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>office server running at %1 (its data: %2)</source>
            <translation>servidor de la oficina en marcha en %1 (sus datos: %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1's profile folder: %2</source>
            <translation>carpeta del perfil de %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1's demo passphrase (to unlock after a lock): %2</source>
            <translation>frase de contraseña de demostración de %1 (para desbloquear tras un bloqueo): %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>building the invented caseload: %1 participants…</source>
            <translation>creando la carga de casos inventada: %1 participantes…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>syncing %1's laptop with the office server…</source>
            <translation>sincronizando la portátil de %1 con el servidor de la oficina…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the window is open. Close it or press Ctrl+C to end the demo.</source>
            <translation>la ventana está abierta. Ciérrela o pulse Ctrl+C para terminar la demostración.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the windows are open. Close them or press Ctrl+C to end the demo.</source>
            <translation>las ventanas están abiertas. Ciérrelas o pulse Ctrl+C para terminar la demostración.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The demo folder %1 is removed then (--home DIR keeps one).</source>
            <translation>Entonces se elimina la carpeta de demostración %1 (--home DIR conserva una).</translation>
        </message>
    </context>
    <context>
        <name>Destination</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="+70" />
            <source>Place not meant for habitation (street, car, park)</source>
            <translation>Lugar no destinado a la habitación humana (calle, auto, parque)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Emergency shelter (incl. motel paid by a voucher)</source>
            <translation>Refugio de emergencia (incl. motel pagado con un vale)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Safe Haven</source>
            <translation>Safe Haven (refugio seguro)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foster care home or group home</source>
            <translation>Hogar de crianza temporal u hogar grupal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital or other medical facility</source>
            <translation>Hospital u otro centro médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jail, prison or juvenile detention</source>
            <translation>Cárcel, prisión o centro de detención juvenil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long-term care facility or nursing home</source>
            <translation>Centro de cuidados a largo plazo o residencia de ancianos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Psychiatric hospital or facility</source>
            <translation>Hospital o centro psiquiátrico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance use treatment facility or detox</source>
            <translation>Centro de tratamiento por uso de sustancias o desintoxicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transitional housing for homeless persons</source>
            <translation>Vivienda transitoria para personas sin hogar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved to HOPWA transitional housing</source>
            <translation>Pasó a vivienda transitoria de HOPWA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residential project or halfway house (no homeless criteria)</source>
            <translation>Proyecto residencial o casa de transición (sin criterios de falta de vivienda)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hotel or motel paid without a voucher</source>
            <translation>Hotel o motel pagado sin vale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Host home (non-crisis)</source>
            <translation>Hogar de acogida (no de crisis)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staying with family (temporary)</source>
            <translation>Con familiares (temporal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staying with friends (temporary)</source>
            <translation>Con amigos (temporal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Living with family (permanent tenure)</source>
            <translation>Vive con familiares (estancia permanente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Living with friends (permanent tenure)</source>
            <translation>Vive con amigos (estancia permanente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved to HOPWA permanent housing</source>
            <translation>Pasó a vivienda permanente de HOPWA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rental, with ongoing housing subsidy</source>
            <translation>Alquiler, con subsidio de vivienda continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rental, no ongoing subsidy</source>
            <translation>Alquiler, sin subsidio continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owned, no ongoing subsidy</source>
            <translation>Vivienda propia, sin subsidio continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owned, with ongoing subsidy</source>
            <translation>Vivienda propia, con subsidio continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deceased</source>
            <translation>Fallecido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No exit interview completed</source>
            <translation>No se completó la entrevista de egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation>El cliente no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation>El cliente prefiere no responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation>No se recopilaron datos</translation>
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/details_dialog.py" line="+52" />
            <source>Edit details</source>
            <translation>Editar datos</translation>
        </message>
        <message>
            <location line="+12" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aliases</source>
            <translation>Alias</translation>
        </message>
        <message>
            <location line="+0" />
            <source>street names, separated by commas</source>
            <translation>nombres de la calle, separados por comas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date of birth quality</source>
            <translation>Calidad de la fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+17" />
            <source>Not recorded yet</source>
            <translation>Aún sin registrar</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where usually found</source>
            <translation>Dónde se le suele encontrar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in their own words</source>
            <translation>con sus propias palabras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Veteran status</source>
            <translation>Condición de veterano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disabling condition</source>
            <translation>Condición discapacitante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Race and ethnicity (all that apply)</source>
            <translation>Raza y etnia (todas las que correspondan)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Race and ethnicity detail</source>
            <translation>Detalle de raza y etnia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>as they describe it, e.g. a tribe or a country</source>
            <translation>como la describa, p. ej., una tribu o un país</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;First name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last name</source>
            <translation>&amp;Apellido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferred name</source>
            <translation>Nombre &amp;preferido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Aliases</source>
            <translation>Al&amp;ias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date of birth</source>
            <translation>&amp;Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth &amp;quality</source>
            <translation>&amp;Calidad de la fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translation>Te&amp;léfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Usually found</source>
            <translation>Dónde se le &amp;suele encontrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>Se&amp;xo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Gender</source>
            <translation>&amp;Género</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Race and ethnicity</source>
            <translation>&amp;Raza y etnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Race and ethnicity de&amp;tail</source>
            <translation>&amp;Detalle de raza y etnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Veteran status</source>
            <translation>Condición de &amp;veterano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disa&amp;bling condition</source>
            <translation>C&amp;ondición discapacitante</translation>
        </message>
    </context>
    <context>
        <name>DisabilityKind</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+59" />
            <source>Physical disability</source>
            <translation>Discapacidad física</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chronic health condition</source>
            <translation>Enfermedad crónica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health disorder</source>
            <translation>Trastorno de salud mental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance use disorder</source>
            <translation>Trastorno por uso de sustancias</translation>
        </message>
    </context>
    <context>
        <name>DisclosureDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/disclosure_dialog.py" line="+83" />
            <source>Disclose under a consent</source>
            <translation>Divulgar con un consentimiento</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How it will be delivered</source>
            <translation>Cómo se entregará</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+149" />
            <source>Disclosure packet</source>
            <translation>Paquete de divulgación</translation>
        </message>
        <message>
            <location line="-148" />
            <source>What it is</source>
            <translation>Qué es</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Packet for the review hearing</source>
            <translation>p. ej., paquete para la audiencia de revisión</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Included</source>
            <translation>Incluido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withheld</source>
            <translation>Retenido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Write PDF…</source>
            <translation>&amp;Escribir PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write PDF</source>
            <translation>Escribir PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the packet as a PDF and record the disclosure in the accounting of disclosures</source>
            <translation>Escribir el paquete como PDF y registrar la divulgación en el registro de divulgaciones</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The packet holds only what the participant's consents allow this recipient for this purpose today. The 42 CFR 2.32 notice is printed on every page and a copy of each consent relied on is attached. Writing it records the disclosure in the accounting of disclosures.</source>
            <translation>El paquete contiene solo lo que los consentimientos del participante permiten hoy a este destinatario para este propósito. El aviso de 42 CFR 2.32 se imprime en cada página y se adjunta una copia de cada consentimiento en que se basa. Al escribirlo, la divulgación queda en el registro de divulgaciones.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Recipient</source>
            <translation>&amp;Destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation>&amp;Propósito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delivered as</source>
            <translation>Entregado &amp;como</translation>
        </message>
        <message>
            <location line="+1" />
            <source>W&amp;hat it is</source>
            <translation>&amp;Qué es</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Included: %1 item</source>
            <translation>Incluido: %1 elemento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Included: %1 items</source>
            <translation>Incluidos: %1 elementos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Withheld: %1 item, and why</source>
            <translation>Retenido: %1 elemento, y por qué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Withheld: %1 items, and why</source>
            <translation>Retenidos: %1 elementos, y por qué</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No consent of this participant names a recipient: nothing may be disclosed.</source>
            <translation>Ningún consentimiento de este participante nombra a un destinatario: no se puede divulgar nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing may be disclosed to this recipient for this purpose; see why below.</source>
            <translation>No se puede divulgar nada a este destinatario para este propósito; vea el motivo abajo.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Write the disclosure packet</source>
            <translation>Escribir el paquete de divulgación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>What the consents allow changed since the preview (a consent was edited, or came with a sync). Nothing was written; look at the preview again.</source>
            <translation>Lo que permiten los consentimientos cambió desde la vista previa (se editó un consentimiento o llegó con una sincronización). No se escribió nada; revise de nuevo la vista previa.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the packet…</source>
            <translation>Escribiendo el paquete…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The disclosure was recorded, but the PDF could not be put at %1: %2. Write it again somewhere else; that is recorded as another disclosure.</source>
            <translation>La divulgación quedó registrada, pero el PDF no se pudo guardar en %1: %2. Escríbalo de nuevo en otro lugar; eso se registra como otra divulgación.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing was written: %1</source>
            <translation>No se escribió nada: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The PDF could not be written at %1: %2. Nothing was recorded.</source>
            <translation>No se pudo escribir el PDF en %1: %2. No se registró nada.</translation>
        </message>
    </context>
    <context>
        <name>DisclosurePacket</name>
        <message>
            <location filename="../../leaddesk/ui/participant/packet_pdf.py" line="+40" />
            <source>substance use disorder answers</source>
            <translation>respuestas sobre trastorno por uso de sustancias</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent signed</source>
            <translation>Consentimiento firmado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+27" />
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Disclosed by</source>
            <translation>Divulgado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disclosure from</source>
            <translation>Divulgación de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy of the consent relied on (42 CFR 2.32(b))</source>
            <translation>Copia del consentimiento en que se basa (42 CFR 2.32(b))</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accounting of disclosures (42 CFR 2.25)</source>
            <translation>Registro de divulgaciones (42 CFR 2.25)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Por</translation>
        </message>
    </context>
    <context>
        <name>DisclosurePreview</name>
        <message>
            <location filename="../../leaddesk/ui/participant/disclosure_preview.py" line="+31" />
            <source>substance use disorder answers</source>
            <translation>respuestas de TUS</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No consent names %1 as a recipient.</source>
            <translation>Ningún consentimiento nombra a %1 como destinatario.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The consent to %1 is dated %2; it allows nothing before then.</source>
            <translation>El consentimiento a %1 tiene fecha del %2; no permite nada antes de esa fecha.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The consent to %1 signed %2 expired on %3.</source>
            <translation>El consentimiento a %1 firmado el %2 venció el %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The consent to %1 signed %2 was revoked on %3.</source>
            <translation>El consentimiento a %1 firmado el %2 se revocó el %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The consent to %1 signed %2 does not allow it for “%3”.</source>
            <translation>El consentimiento a %1 firmado el %2 no lo permite para «%3».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The consent to %1 signed %2 does not name “%3”.</source>
            <translation>El consentimiento a %1 firmado el %2 no nombra «%3».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is substance use disorder information, which the consent to %1 signed %2 does not name explicitly.</source>
            <translation>Esta es información sobre trastorno por uso de sustancias, que el consentimiento a %1 firmado el %2 no nombra expresamente.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing may be disclosed to %1. %2</source>
            <translation>No se puede divulgar nada a %1. %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why it is withheld</source>
            <translation>Por qué se retiene</translation>
        </message>
    </context>
    <context>
        <name>DisclosurePurpose</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="-28" />
            <source>Treatment and case coordination</source>
            <translation>Tratamiento y coordinación del caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Criminal-justice coordination (42 CFR 2.35)</source>
            <translation>Coordinación con la justicia penal (42 CFR 2.35)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payment and HMIS reporting</source>
            <translation>Pago e informes de HMIS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evaluation</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other (as the form says)</source>
            <translation>Otro (según el formulario)</translation>
        </message>
    </context>
    <context>
        <name>DisclosuresTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/disclosures_tab.py" line="+43" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How delivered</source>
            <translation>Cómo se entregó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Print accounting of disclosures…</source>
            <translation>Im&amp;primir registro de divulgaciones…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A PDF listing every disclosure, for the participant (42 CFR 2.25)</source>
            <translation>Un PDF con cada divulgación, para el participante (42 CFR 2.25)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Disclosed to %1; the packet is at %2.</source>
            <translation>Divulgado a %1; el paquete está en %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print accounting of disclosures</source>
            <translation>Imprimir registro de divulgaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+27" />
            <source>%1 disclosure</source>
            <translation>%1 divulgación</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+27" />
            <source>%1 disclosures</source>
            <translation>%1 divulgaciones</translation>
        </message>
        <message>
            <location line="-26" />
            <source>The accounting of disclosures (%1) is at %2.</source>
            <translation>El registro de divulgaciones (%1) está en %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The accounting could not be written at %1: %2</source>
            <translation>No se pudo escribir el registro en %1: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>D&amp;isclose…</source>
            <translation>D&amp;ivulgar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Disclosures</source>
            <translation>Divulgaciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing has been disclosed. Disclose… makes a packet of what the participant's consents allow.</source>
            <translation>No se ha divulgado nada. Divulgar… prepara un paquete con lo que permiten los consentimientos del participante.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 · the latest on %2</source>
            <translation>%1 · la última el %2</translation>
        </message>
    </context>
    <context>
        <name>Disposition</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-79" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed</source>
            <translation>Desestimado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Convicted</source>
            <translation>Condenado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acquitted</source>
            <translation>Absuelto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diverted</source>
            <translation>Desviado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deferred</source>
            <translation>Aplazado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>DobDataQuality</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-83" />
            <source>Full date of birth reported</source>
            <translation>Fecha de nacimiento completa informada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approximate or partial date of birth</source>
            <translation>Fecha de nacimiento aproximada o parcial</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client doesn't know</source>
            <translation>El cliente no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation>El cliente prefiere no responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation>No se recopilaron datos</translation>
        </message>
    </context>
    <context>
        <name>DueTasksModel</name>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="-93" />
            <location line="+76" />
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+65" />
            <source>anyone</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not done</source>
            <translation>Sin hacer</translation>
        </message>
    </context>
    <context>
        <name>EligibilityPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/screening_tab.py" line="+64" />
            <source>Eligibility screening</source>
            <translation>Evaluación de elegibilidad</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The site's criteria: eligible when every requirement is answered yes and no exclusion is.</source>
            <translation>Los criterios del sitio: es elegible cuando cada requisito tiene respuesta sí y ninguna exclusión la tiene.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (The site's criteria setting could not be read; these are the defaults.)</source>
            <translation> (No se pudo leer el ajuste de criterios del sitio; estos son los predeterminados.)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+27" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+26" />
            <source>Not known</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Required</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excludes</source>
            <translation>Excluye</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Must be yes to be eligible</source>
            <translation>Debe ser sí para ser elegible</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A yes makes the person not eligible</source>
            <translation>Un sí hace que la persona no sea elegible</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Notes: %1</source>
            <translation>Notas: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Decision from these answers</source>
            <translation>Decisión según estas respuestas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recorded decision</source>
            <translation>Decisión registrada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Screening notes</source>
            <translation>Notas de la evaluación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Screening notes (who was consulted, what was checked)</source>
            <translation>Notas de la evaluación (a quién se consultó, qué se comprobó)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save answers</source>
            <translation>&amp;Guardar respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save answers</source>
            <translation>Guardar respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the answers without recording a decision (Alt+S)</source>
            <translation>Guardar las respuestas sin registrar una decisión (Alt+G)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record &amp;decision</source>
            <translation>Registrar &amp;decisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record decision</source>
            <translation>Registrar decisión</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Screening &amp;notes</source>
            <translation>&amp;Notas de la evaluación</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Decision recorded.</source>
            <translation>Decisión registrada.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answers saved.</source>
            <translation>Respuestas guardadas.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Decision from these answers: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Decisión según estas respuestas: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Record this decision as yours, now (Alt+D)</source>
            <translation>Registrar esta decisión como suya, ahora (Alt+D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer every question before recording a decision</source>
            <translation>Responda a todas las preguntas antes de registrar una decisión</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No decision recorded yet.</source>
            <translation>Aún no hay ninguna decisión registrada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recorded: %1 — by %2 on %3</source>
            <translation>Registrada: %1 — por %2 el %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source> · the answers no longer give this decision; record it again</source>
            <translation> · las respuestas ya no dan esta decisión; regístrela de nuevo</translation>
        </message>
    </context>
    <context>
        <name>EmploymentType</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+76" />
            <source>Full-time</source>
            <translation>Tiempo completo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part-time</source>
            <translation>Medio tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seasonal or sporadic (day labour too)</source>
            <translation>Temporal o esporádico (también jornal)</translation>
        </message>
    </context>
    <context>
        <name>EpisodeDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/episode_dialog.py" line="+23" />
            <source>Correct episode</source>
            <translation>Corregir episodio</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral date</source>
            <translation>Fecha de derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entry date</source>
            <translation>Fecha de ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of engagement</source>
            <translation>Fecha de vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit date</source>
            <translation>Fecha de egreso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose where they went…</source>
            <translation>Elija adónde fue…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exit reason</source>
            <translation>Motivo del egreso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation>No lo dijo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exit reason detail</source>
            <translation>Detalle del motivo del egreso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>in a few words, without blame</source>
            <translation>en pocas palabras, sin culpar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Project</source>
            <translation>&amp;Proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Referral date</source>
            <translation>Fecha de &amp;derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;ntry date</source>
            <translation>Fecha de &amp;ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of &amp;engagement</source>
            <translation>Fecha de &amp;vinculación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xit date</source>
            <translation>Fecha de &amp;egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Destination</source>
            <translation>De&amp;stino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit rea&amp;son</source>
            <translation>&amp;Motivo del egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason de&amp;tail</source>
            <translation>De&amp;talle del motivo</translation>
        </message>
    </context>
    <context>
        <name>EpisodeHistory</name>
        <message>
            <location filename="../../leaddesk/ui/participant/episodes_view.py" line="+56" />
            <source>Episodes, newest first</source>
            <translation>Episodios, el más reciente primero</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Derivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engaged</source>
            <translation>Vinculado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exited</source>
            <translation>Egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason</source>
            <translation>Motivo del egreso</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No episode recorded yet: change their status to start one.</source>
            <translation>Aún no hay episodios registrados: cambie su estado para iniciar uno.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Correct episode…</source>
            <translation>Corregir episodio…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correct the chosen episode's dates or exit</source>
            <translation>Corregir las fechas o el egreso del episodio elegido</translation>
        </message>
    </context>
    <context>
        <name>ExitReason</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="+34" />
            <source>Moved away</source>
            <translation>Se mudó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed their plan</source>
            <translation>Completó su plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In residential treatment</source>
            <translation>En tratamiento residencial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long jail or prison sentence</source>
            <translation>Condena larga de cárcel o prisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Died</source>
            <translation>Falleció</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out of contact for a long time</source>
            <translation>Sin contacto durante mucho tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../leaddesk/ui/record_labels.py" line="+39" />
            <source>Aliases</source>
            <translation>Alias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assignee</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendees</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beat</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-cash benefits</source>
            <translation>Beneficios no monetarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-cash benefits from any source</source>
            <translation>Beneficios no monetarios de cualquier fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case number</source>
            <translation>Número de caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information named</source>
            <translation>Información nombrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge level</source>
            <translation>Nivel del cargo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chronic health condition</source>
            <translation>Enfermedad crónica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>ID de la reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents relied on</source>
            <translation>Consentimientos en que se basa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact ID</source>
            <translation>ID del contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation>Tribunal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created at</source>
            <translation>Creado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created by</source>
            <translation>Creado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided at</source>
            <translation>Decidido el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered on</source>
            <translation>Entregado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How delivered</source>
            <translation>Cómo se entregó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detected at</source>
            <translation>Detectado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Developmental disability</source>
            <translation>Discapacidad del desarrollo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disabling condition</source>
            <translation>Condición discapacitante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosed at</source>
            <translation>Divulgado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosed by</source>
            <translation>Divulgado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discloser</source>
            <translation>Quién divulga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disposition</source>
            <translation>Resolución judicial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth quality</source>
            <translation>Calidad de la fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done at</source>
            <translation>Hecha el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Door</source>
            <translation>Vía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effective on</source>
            <translation>Vigente desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employed</source>
            <translation>Con empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of employment</source>
            <translation>Tipo de empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engaged on</source>
            <translation>Vinculado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of engagement</source>
            <translation>Fecha de vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entry date</source>
            <translation>Fecha de ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit date</source>
            <translation>Fecha de egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason</source>
            <translation>Motivo del egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason detail</source>
            <translation>Detalle del motivo del egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exited on</source>
            <translation>Egresado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry event</source>
            <translation>Evento de vencimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source</source>
            <translation>Fuente de financiamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand-off</source>
            <translation>Traspaso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand-off marked at</source>
            <translation>Traspaso anotado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HIV/AIDS</source>
            <translation>VIH/sida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discussed by name</source>
            <translation>Tratado por nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income from any source</source>
            <translation>Ingresos de cualquier fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income sources</source>
            <translation>Fuentes de ingresos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information date</source>
            <translation>Fecha de la información</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health insurance</source>
            <translation>Seguro médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health insurance from any source</source>
            <translation>Seguro médico de cualquier fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Intake deadline</source>
            <translation>Plazo de admisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irrevocable until</source>
            <translation>Irrevocable hasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is referral</source>
            <translation>Es derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items disclosed</source>
            <translation>Elementos divulgados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept by</source>
            <translation>Conservado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept stamp</source>
            <translation>Sello conservado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept value</source>
            <translation>Valor conservado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal events updated</source>
            <translation>Eventos legales actualizados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long-term and impairing</source>
            <translation>De larga duración y limitante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Media type</source>
            <translation>Tipo de medio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting date</source>
            <translation>Fecha de la reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health disorder</source>
            <translation>Trastorno de salud mental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why not employed</source>
            <translation>Por qué no tiene empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved from referral</source>
            <translation>Trasladada desde la derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note ID</source>
            <translation>ID de la nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notice given</source>
            <translation>Aviso entregado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the officer observed</source>
            <translation>Lo que observó el/la agente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occurred at</source>
            <translation>Ocurrió el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offence</source>
            <translation>Delito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offence category</source>
            <translation>Categoría de delito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer's badge</source>
            <translation>Placa del agente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer's contact</source>
            <translation>Contacto del/de la agente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referring officer's account</source>
            <translation>Cuenta del/de la agente que deriva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other author</source>
            <translation>Otro autor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other benefit</source>
            <translation>Otro beneficio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other by</source>
            <translation>Otro, por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other insurance</source>
            <translation>Otro seguro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other stamp</source>
            <translation>Otro sello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other value</source>
            <translation>Otro valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>ID del participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to recognise and find them</source>
            <translation>Cómo reconocer y encontrar a la persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physical disability</source>
            <translation>Discapacidad física</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Precinct</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor coordination</source>
            <translation>Coordinación con la fiscalía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor decided on</source>
            <translation>Fiscalía decidió el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor's decision</source>
            <translation>Decisión de la fiscalía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor</source>
            <translation>Fiscal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor's note</source>
            <translation>Nota de la fiscalía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purposes</source>
            <translation>Propósitos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Race and ethnicity</source>
            <translation>Raza y etnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank</source>
            <translation>Orden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why on the agenda</source>
            <translation>Por qué en la agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient agency</source>
            <translation>Agencia destinataria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record entity</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record ID</source>
            <translation>ID del registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral date</source>
            <translation>Fecha de derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred at</source>
            <translation>Derivado el</translation>
        </message>
        <message>
            <location line="-138" />
            <location line="+139" />
            <source>Referring agency</source>
            <translation>Agencia que deriva</translation>
        </message>
        <message>
            <location line="-142" />
            <source>Accepted or declined</source>
            <translation>Aceptado o rechazado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted or declined on</source>
            <translation>Aceptado o rechazado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Race and ethnicity detail</source>
            <translation>Detalle de raza y etnia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agreed to meet a case manager</source>
            <translation>Aceptó reunirse con un/a gestor/a de casos</translation>
        </message>
        <message>
            <location line="+139" />
            <source>Referring officer</source>
            <translation>Agente que deriva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Released at</source>
            <translation>Liberado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved at</source>
            <translation>Resuelto el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved by</source>
            <translation>Resuelto por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revocation right</source>
            <translation>Derecho de revocación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoked on</source>
            <translation>Revocado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sensitive SUD</source>
            <translation>TUS sensible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent to prosecutor on</source>
            <translation>Remitido a la fiscalía el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed at</source>
            <translation>Firmado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed by</source>
            <translation>Firmado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed on</source>
            <translation>Firmado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Situation</source>
            <translation>Situación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff present</source>
            <translation>Personal presente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance use disorder</source>
            <translation>Trastorno por uso de sustancias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tasks made</source>
            <translation>Tareas creadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team ID</source>
            <translation>ID del equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated at</source>
            <translation>Actualizado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usual locations</source>
            <translation>Lugares habituales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Veteran status</source>
            <translation>Condición de veterano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warm handoff at</source>
            <translation>Traspaso directo el</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../leaddesk/ui/form_dialog.py" line="+19" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>FormMessage</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_card.py" line="+116" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="+103" />
            <source>Edit plan goal</source>
            <translation>Editar meta del plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a plan goal</source>
            <translation>Añadir una meta del plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Goal in the participant's own words</source>
            <translation>Meta con las propias palabras del participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation>Con sus propias palabras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Has a target date</source>
            <translation>Tiene fecha objetivo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Steps, one per line</source>
            <translation>Pasos, uno por línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One step per line</source>
            <translation>Un paso por línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Goal</source>
            <translation>&amp;Meta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Domain</source>
            <translation>Ám&amp;bito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;teps</source>
            <translation>&amp;Pasos</translation>
        </message>
    </context>
    <context>
        <name>GoalStatus</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-13" />
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achieved</source>
            <translation>Lograda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On hold</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set aside</source>
            <translation>Descartada</translation>
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/goals_model.py" line="+26" />
            <source>Goal (in their words)</source>
            <translation>Meta (con sus palabras)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last progress</source>
            <translation>Último progreso</translation>
        </message>
    </context>
    <context>
        <name>HandoffAlert</name>
        <message>
            <location filename="../../leaddesk/ui/handoff_alert.py" line="+39" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n referral(s) from officers waiting for the warm hand-off</source>
            <translation>
                <numerusform>%n derivación de agentes en espera del traspaso directo</numerusform>
                <numerusform>%n derivaciones de agentes en espera del traspaso directo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n new referral(s) from officers waiting for the warm hand-off: see Today (Ctrl+2).</source>
            <translation>
                <numerusform>%n nueva derivación de agentes en espera del traspaso directo: vea Hoy (Ctrl+2).</numerusform>
                <numerusform>%n nuevas derivaciones de agentes en espera del traspaso directo: vea Hoy (Ctrl+2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <location filename="../../leaddesk/ui/handoff_dialog.py" line="+27" />
            <source>Met — take them on</source>
            <translation>Reunidos — asumir el caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not locate</source>
            <translation>No se pudo localizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined to meet</source>
            <translation>No quiso reunirse</translation>
        </message>
        <message>
            <location line="+13" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>You met %1 (referred at %2): they become your participant.</source>
            <translation>Se reunió con %1 (derivación del %2): pasa a ser su participante.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You met %1 (referred at %2). They stay with their case manager, %3.</source>
            <translation>Se reunió con %1 (derivación del %2). Sigue con su gestor/a de casos, %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You looked for %1 (referred at %2) and could not find them.</source>
            <translation>Buscó a %1 (derivación del %2) y no pudo encontrarle.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (referred at %2) did not want to meet a case manager.</source>
            <translation>%1 (derivación del %2) no quiso reunirse con un/a gestor/a de casos.</translation>
        </message>
    </context>
    <context>
        <name>HandoffOutcome</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-104" />
            <source>Waiting for the hand-off</source>
            <translation>En espera del traspaso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>Encontrado/a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not locate</source>
            <translation>No se pudo localizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined to meet</source>
            <translation>No quiso reunirse</translation>
        </message>
    </context>
    <context>
        <name>HandoffPanel</name>
        <message>
            <location filename="../../leaddesk/ui/handoff_panel.py" line="+59" />
            <source>No officer's referral is waiting for a hand-off.</source>
            <translation>No hay ninguna derivación de agentes en espera de traspaso.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Officers' referrals waiting for the hand-off</source>
            <translation>Derivaciones de agentes en espera del traspaso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter opens the participant's record</source>
            <translation>Intro abre el expediente del participante</translation>
        </message>
        <message>
            <location line="+24" />
            <source>May already be in the program</source>
            <translation>Puede que ya esté en el programa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Same person — me&amp;rge…</source>
            <translation>Misma persona — &amp;unir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move this referral to their record; the record the referral made goes</source>
            <translation>Trasladar esta derivación a su expediente; el expediente que creó la derivación se elimina</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Di&amp;fferent person</source>
            <translation>Otra &amp;persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not the same person: not offered again for this referral</source>
            <translation>No es la misma persona: no se volverá a ofrecer para esta derivación</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Met — take them on…</source>
            <translation>&amp;Reunidos — asumir el caso…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could &amp;not locate…</source>
            <translation>No se pudo &amp;localizar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decl&amp;ined…</source>
            <translation>No &amp;quiso…</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>Officers' referrals waiting for the warm hand-off (%n)</source>
            <translation>
                <numerusform>Derivaciones de agentes en espera del traspaso directo (%n)</numerusform>
                <numerusform>Derivaciones de agentes en espera del traspaso directo (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1 — waiting %2</source>
            <translation>%1 — en espera %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 — %2, by %3</source>
            <translation>%1 — %2, por %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not given</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This may be %1 (%2).</source>
            <translation>Puede ser %1 (%2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Their case manager is %1.</source>
            <translation>Su gestor/a de casos es %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the same name</source>
            <translation>el mismo nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the name given is their preferred name, %1</source>
            <translation>el nombre dado es su nombre preferido, %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the name given is their alias “%1”</source>
            <translation>el nombre dado es su alias “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the alias given is their name, %1</source>
            <translation>el alias dado es su nombre, %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the alias given is also their alias “%1”</source>
            <translation>el alias dado también es su alias “%1”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, and the same date of birth</source>
            <translation>%1, y la misma fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Hand-off saved: %1 is now your participant.</source>
            <translation>Traspaso guardado: %1 es ahora su participante.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hand-off saved: %1 stays with %2.</source>
            <translation>Traspaso guardado: %1 sigue con %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved for %1: %2.</source>
            <translation>Guardado para %1: %2.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move this referral to %1's record? The record the referral made for %2 is removed, on every laptop of the team, and the names the person gave are added to %1's aliases. The audit trail keeps both.</source>
            <translation>¿Trasladar esta derivación al expediente de %1? El expediente que la derivación creó para %2 se elimina en todas las portátiles del equipo, y los nombres que dio la persona se añaden a los alias de %1. El registro de auditoría conserva ambos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Same person — merge</source>
            <translation>Misma persona — unir</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Merged: the referral is now on %1's record.</source>
            <translation>Unidos: la derivación está ahora en el expediente de %1.</translation>
        </message>
    </context>
    <context>
        <name>HandoffsModel</name>
        <message>
            <location filename="../../leaddesk/ui/handoff_model.py" line="+30" />
            <source>not said</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreed to meet</source>
            <translation>Aceptó reunirse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Intake by</source>
            <translation>Admisión antes del</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer</source>
            <translation>Agente</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 — past %2</source>
            <translation>%1 — pasados %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Referred at %1; the aim is to meet within %2</source>
            <translation>Derivación a las %1; el objetivo es reunirse en menos de %2</translation>
        </message>
    </context>
    <context>
        <name>HealthInsurance</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+68" />
            <source>Medicaid</source>
            <translation>Medicaid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medicare</source>
            <translation>Medicare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State Children's Health Insurance</source>
            <translation>Seguro médico estatal para niños (CHIP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VA medical services</source>
            <translation>Servicios médicos de VA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer-provided</source>
            <translation>Proporcionado por el empleador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COBRA</source>
            <translation>COBRA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private pay</source>
            <translation>Pago privado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State health insurance for adults</source>
            <translation>Seguro médico estatal para adultos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indian Health Services</source>
            <translation>Servicio de Salud Indígena (IHS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>HousingGroup</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+25" />
            <source>Homeless</source>
            <translation>Sin hogar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Institutional</source>
            <translation>Institucional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporary</source>
            <translation>Temporal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent</source>
            <translation>Permanente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
    </context>
    <context>
        <name>HousingTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/housing_tab.py" line="+68" />
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Living situation</source>
            <translation>Situación de vivienda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>HMIS code</source>
            <translation>Código HMIS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Homeless</source>
            <translation>Sin hogar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded</source>
            <translation>Registrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Since</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Living situation</source>
            <translation>&amp;Situación de vivienda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the living situation…</source>
            <translation>Elija la situación de vivienda…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where exactly, with whom, how long it is likely to last</source>
            <translation>Dónde exactamente, con quién, cuánto es probable que dure</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Record a change…</source>
            <translation>&amp;Registrar un cambio…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit notes…</source>
            <translation>&amp;Editar notas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Housing history</source>
            <translation>Historial de vivienda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit housing notes</source>
            <translation>Editar notas de vivienda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record a change of housing</source>
            <translation>Registrar un cambio de vivienda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The date and living situation of an entry stay as recorded; if they were wrong, record the change as a new entry.</source>
            <translation>La fecha y la situación de vivienda de una entrada quedan como se registraron; si eran erróneas, registre el cambio como una entrada nueva.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new entry; the earlier ones stay in the history.</source>
            <translation>Una entrada nueva; las anteriores siguen en el historial.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No housing situation recorded yet. Use “Record a change…” (Alt+R).</source>
            <translation>Aún no hay ninguna situación de vivienda registrada. Use «Registrar un cambio…» (Alt+R).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Now: %1, since %2</source>
            <translation>Ahora: %1, desde el %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 entry in the history</source>
            <translation>%1 entrada en el historial</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 entries in the history</source>
            <translation>%1 entradas en el historial</translation>
        </message>
    </context>
    <context>
        <name>IncomeSource</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-40" />
            <source>Earned income</source>
            <translation>Ingresos del trabajo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unemployment insurance</source>
            <translation>Seguro de desempleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplemental Security Income (SSI)</source>
            <translation>Ingreso Suplementario de Seguridad (SSI)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social Security Disability Insurance (SSDI)</source>
            <translation>Seguro por Discapacidad del Seguro Social (SSDI)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VA service-connected disability compensation</source>
            <translation>Compensación de VA por discapacidad relacionada con el servicio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>VA non-service-connected disability pension</source>
            <translation>Pensión de VA por discapacidad no relacionada con el servicio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Private disability insurance</source>
            <translation>Seguro privado de discapacidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worker's compensation</source>
            <translation>Compensación laboral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TANF</source>
            <translation>TANF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>General assistance</source>
            <translation>Asistencia general</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retirement income from Social Security</source>
            <translation>Jubilación del Seguro Social</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pension from a former job</source>
            <translation>Pensión de un empleo anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child support</source>
            <translation>Manutención de hijos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alimony or other spousal support</source>
            <translation>Pensión alimenticia u otra manutención conyugal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other source</source>
            <translation>Otra fuente</translation>
        </message>
    </context>
    <context>
        <name>InformationCategory</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="+3" />
            <source>Demographics and contact</source>
            <translation>Datos demográficos y de contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan and needs</source>
            <translation>Plan y necesidades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case notes and contacts</source>
            <translation>Notas de caso y contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral and legal events</source>
            <translation>Derivación y eventos legales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome snapshots</source>
            <translation>Registros de resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance use disorder information (named explicitly)</source>
            <translation>Información sobre trastorno por uso de sustancias (nombrada expresamente)</translation>
        </message>
    </context>
    <context>
        <name>LegalSource</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-31" />
            <source>Self-report</source>
            <translation>Declaración propia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court record</source>
            <translation>Registro judicial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jail roster</source>
            <translation>Lista de la cárcel</translation>
        </message>
    </context>
    <context>
        <name>LegalTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/legal_tab.py" line="+55" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Jail days</source>
            <translation>Días en la cárcel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Charge level</source>
            <translation>Nivel del cargo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disposition</source>
            <translation>Resolución judicial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case number</source>
            <translation>Número de caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation>Tribunal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prosecutor coordination</source>
            <translation>Coordinación con la fiscalía</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose what happened…</source>
            <translation>Elija qué ocurrió…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For a court date: when the hearing is scheduled</source>
            <translation>Para una fecha de audiencia: cuándo está programada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Released</source>
            <translation>&amp;Liberado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At</source>
            <translation>A las</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A booking's release; leave unticked while the person is still held</source>
            <translation>La liberación tras un ingreso en la cárcel; déjela sin marcar mientras la persona siga detenida</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Case number</source>
            <translation>&amp;Número de caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ourt</source>
            <translation>Tri&amp;bunal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Court and courtroom</source>
            <translation>Tribunal y sala</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charge, hearing type, conditions, outcome</source>
            <translation>Cargo, tipo de audiencia, condiciones, resultado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Prosecutor coordination</source>
            <translation>Coordinación con la &amp;fiscalía</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Charge &amp;level</source>
            <translation>Nivel del c&amp;argo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dis&amp;position</source>
            <translation>&amp;Resolución judicial</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Source</source>
            <translation>F&amp;uente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Where the team learned of it: a court record outweighs a self-report</source>
            <translation>Dónde lo supo el equipo: un registro judicial pesa más que una declaración propia</translation>
        </message>
        <message>
            <location line="+8" />
            <source>still held</source>
            <translation>sigue detenido</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Add event or court date…</source>
            <translation>&amp;Añadir evento o fecha de audiencia…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal events and court dates</source>
            <translation>Eventos legales y fechas de audiencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit legal event</source>
            <translation>Editar evento legal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add legal event or court date</source>
            <translation>Añadir evento legal o fecha de audiencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No legal events recorded.</source>
            <translation>No hay eventos legales registrados.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 jail days over 1 booking</source>
            <translation>%1 días en la cárcel en 1 ingreso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 jail days over %2 bookings</source>
            <translation>%1 días en la cárcel en %2 ingresos</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (%1 still held)</source>
            <translation> (%1 sigue detenido)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No upcoming court dates.</source>
            <translation>No hay fechas de audiencia próximas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location line="-1" />
            <source>in %1 days</source>
            <translation>en %1 días</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Upcoming court dates: %1 (shown first, in bold) · next %2, %3%4</source>
            <translation>Próximas fechas de audiencia: %1 (se muestran primero, en negrita) · la siguiente %2, %3%4</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../leaddesk/app.py" line="+259" />
            <source>Demo data: every person and record here is invented. Office server %1 on this computer; profile folder %2</source>
            <translation>Datos de demostración: cada persona y registro aquí es inventado. Servidor de la oficina %1 en esta computadora; carpeta del perfil %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(removed when the demo ends; --home DIR keeps one)</source>
            <translation>(se elimina al terminar la demostración; --home DIR conserva una)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>— The second window is the team's supervisor, %1: Dashboard (Ctrl+5) shows the whole team's figures, where a case manager's shows their own participants.</source>
            <translation>— La segunda ventana es la del supervisor/a del equipo, %1: el Panel (Ctrl+5) muestra las cifras de todo el equipo, mientras que el de un gestor/a de casos muestra sus propios participantes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>— Open the same participant in both windows, change their phone with Edit details… (Ctrl+Shift+D) in each, press F5 in each, and open Sync (Ctrl+3) to settle the conflict side by side.</source>
            <translation>— Abra el mismo participante en ambas ventanas, cambie su teléfono con Editar datos… (Ctrl+Mayús+D) en cada una, pulse F5 en cada una y abra Sincronización (Ctrl+3) para resolver el conflicto lado a lado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is a demo profile: its passphrase is %1</source>
            <translation>Este es un perfil de demostración: su frase de contraseña es %1</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/main_window.py" line="+59" />
            <location line="+126" />
            <location line="+175" />
            <source>LEAD Desk</source>
            <translation>LEAD Desk</translation>
        </message>
        <message>
            <location line="-252" />
            <source>Quick capture…</source>
            <translation>Captura rápida…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Caseload</source>
            <translation>Casos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case conference</source>
            <translation>Reunión de casos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync panel</source>
            <translation>Panel de sincronización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connect to office…</source>
            <translation>Conectar con la oficina…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the database…</source>
            <translation>Comprobar la base de datos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Des&amp;k</source>
            <translation>Escr&amp;itorio</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location line="+32" />
            <source>LEAD Desk — %1</source>
            <translation>LEAD Desk — %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The app is locked, but some unsaved text could not be kept: %1</source>
            <translation>La aplicación está bloqueada, pero no se pudo conservar parte del texto sin guardar: %1</translation>
        </message>
        <message>
            <location line="+53" />
            <source>LEAD Desk — locked</source>
            <translation>LEAD Desk — bloqueado</translation>
        </message>
        <message>
            <location line="+60" />
            <source>IT has revoked this laptop's access. Removing LEAD Desk's data from it…</source>
            <translation>El departamento de TI revocó el acceso de esta portátil. Eliminando de ella los datos de LEAD Desk…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This laptop was reported lost or stolen to your program's IT, so everything LEAD Desk held on it for “%1” has been deleted. Your team's records are safe on the office server.</source>
            <translation>Esta portátil se notificó como perdida o robada al departamento de TI de su programa, así que se eliminó todo lo que LEAD Desk guardaba en ella para «%1». Los registros de su equipo están a salvo en el servidor de la oficina.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This laptop was retired by your program's IT. Its unsent work was sent to the office first, then LEAD Desk's data for “%1” was deleted from it.</source>
            <translation>El departamento de TI de su programa retiró esta portátil. Su trabajo sin enviar se envió primero a la oficina y después se eliminaron de ella los datos de LEAD Desk para «%1».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This laptop was retired by your program's IT, but its unsent work could not be sent yet: %1 Nothing was deleted. Unlock “%2” when you are back online to send it.</source>
            <translation>El departamento de TI de su programa retiró esta portátil, pero aún no se pudo enviar su trabajo sin enviar: %1 No se eliminó nada. Desbloquee «%2» cuando vuelva a tener conexión para enviarlo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Checking the database…</source>
            <translation>Comprobando la base de datos…</translation>
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="-51" />
            <source>Edit need</source>
            <translation>Editar necesidad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a need</source>
            <translation>Añadir una necesidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is needed, as they put it</source>
            <translation>Qué se necesita, con sus palabras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Domain</source>
            <translation>Á&amp;mbito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;escription</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Urgency</source>
            <translation>&amp;Urgencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
    </context>
    <context>
        <name>NeedDomain</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-62" />
            <source>Housing</source>
            <translation>Vivienda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food</source>
            <translation>Alimentación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hygiene</source>
            <translation>Higiene</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID documents</source>
            <translation>Documentos de identidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benefits</source>
            <translation>Beneficios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SUD treatment</source>
            <translation>Tratamiento de TUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MAT</source>
            <translation>MAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health</source>
            <translation>Salud mental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physical health</source>
            <translation>Salud física</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal</source>
            <translation>Legal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport</source>
            <translation>Transporte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Ropa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otra</translation>
        </message>
    </context>
    <context>
        <name>NeedStatus</name>
        <message>
            <location line="+9" />
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>Cubierta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation>Ya no se necesita</translation>
        </message>
    </context>
    <context>
        <name>NeedsModel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/needs_model.py" line="+63" />
            <source>#</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Need</source>
            <translation>Necesidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>NewParticipantDialog</name>
        <message>
            <location filename="../../leaddesk/ui/new_participant.py" line="+41" />
            <source>New participant</source>
            <translation>Nuevo participante</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no team to add them to yet. Connect to the office first (Desk ▸ Connect to office…): the team comes from your enrolment, so their record can sync.</source>
            <translation>Aún no hay ningún equipo al que añadirlo. Conéctese primero con la oficina (Escritorio ▸ Conectar con la oficina…): el equipo viene de su inscripción, para que su expediente se pueda sincronizar.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>what they like to be called</source>
            <translation>cómo le gusta que le llamen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aliases</source>
            <translation>Alias</translation>
        </message>
        <message>
            <location line="+0" />
            <source>street names, separated by commas</source>
            <translation>nombres de la calle, separados por comas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Referral date</source>
            <translation>Fecha de derivación</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Referred on</source>
            <translation>De&amp;rivado el</translation>
        </message>
        <message>
            <location line="-7" />
            <source>&amp;First name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="-24" />
            <source>for example %1, if known</source>
            <translation>por ejemplo %1, si se sabe</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Last name</source>
            <translation>&amp;Apellido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferred name</source>
            <translation>Nombre &amp;preferido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Aliases</source>
            <translation>A&amp;lias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date of birth</source>
            <translation>&amp;Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Team</source>
            <translation>&amp;Equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Case manager</source>
            <translation>&amp;Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Create and open</source>
            <translation>Crear y abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Date of birth: write it as a date, for example %1.</source>
            <translation>Fecha de nacimiento: escríbala como una fecha, por ejemplo %1.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="-129" />
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>NoYesReason</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-53" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation>El cliente no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation>El cliente prefiere no responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation>No se recopilaron datos</translation>
        </message>
    </context>
    <context>
        <name>NonCashBenefit</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+32" />
            <source>SNAP (food stamps)</source>
            <translation>SNAP (cupones de alimentos)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WIC</source>
            <translation>WIC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TANF child care</source>
            <translation>Cuidado infantil de TANF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TANF transportation</source>
            <translation>Transporte de TANF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other TANF-funded services</source>
            <translation>Otros servicios financiados por TANF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other source</source>
            <translation>Otra fuente</translation>
        </message>
    </context>
    <context>
        <name>NotEmployedReason</name>
        <message>
            <location line="+41" />
            <source>Looking for work</source>
            <translation>Busca trabajo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unable to work</source>
            <translation>No puede trabajar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not looking for work</source>
            <translation>No busca trabajo</translation>
        </message>
    </context>
    <context>
        <name>NotSeenModel</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_model.py" line="+24" />
            <location filename="../../leaddesk/ui/today_model.py" line="+62" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/today_model.py" line="+1" />
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Days since the last contact</source>
            <translation>Días desde el último contacto</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="+1" />
            <source>Days since contact</source>
            <translation>Días desde el contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/dashboard_model.py" line="-25" />
            <location filename="../../leaddesk/ui/today_model.py" line="+1" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No case manager</source>
            <translation>Sin gestor/a de casos</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/today_model.py" line="+18" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../leaddesk/ui/participant/note_editor.py" line="+112" />
            <source>This note was signed before your changes were saved; they are below as an addendum.</source>
            <translation>Esta nota se firmó antes de que se guardaran sus cambios; están abajo como adenda.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>New note — not saved yet</source>
            <translation>Nota nueva — aún sin guardar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft note of %1 by %2 — not signed</source>
            <translation>Borrador de nota del %1 por %2 — sin firmar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note of %1 — signed by %2 on %3 (read-only)</source>
            <translation>Nota del %1 — firmada por %2 el %3 (solo lectura)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Restored unsaved text from %1</source>
            <translation>Se recuperó el texto sin guardar del %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Write something under Data, Assessment or Plan first.</source>
            <translation>Escriba primero algo en Datos, Evaluación o Plan.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saved at %1. Not signed yet.</source>
            <translation>Guardada a las %1; aún sin firmar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign this note?</source>
            <translation>¿Firmar esta nota?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed notes cannot be changed; corrections are addenda.

Sign this note now?</source>
            <translation>Las notas firmadas no se pueden cambiar; las correcciones son adendas.

¿Firmar esta nota ahora?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>An empty note cannot be signed.</source>
            <translation>No se puede firmar una nota vacía.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The text that has not been saved will be lost.</source>
            <translation>Se perderá el texto que no se ha guardado.</translation>
        </message>
    </context>
    <context>
        <name>NoteItemDelegate</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_timeline.py" line="+59" />
            <source>%1 addenda</source>
            <translation>%1 adendas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 addendum</source>
            <translation>1 adenda</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_model.py" line="+29" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Addenda</source>
            <translation>Adendas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 addenda</source>
            <translation>%1 adendas</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Signed</source>
            <translation>Firmada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part 2</source>
            <translation>Parte 2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(empty)</source>
            <translation>(vacía)</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_tab.py" line="+54" />
            <location line="+1" />
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start a new DAP note (%1)</source>
            <translation>Empezar una nota DAP nueva (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Number of notes</source>
            <translation>Número de notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes, newest first</source>
            <translation>Notas, la más reciente primero</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Select a note to read it, or start a new one (%1).</source>
            <translation>Seleccione una nota para leerla o empiece una nueva (%1).</translation>
        </message>
        <message numerus="yes">
            <location line="+124" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionalDate</name>
        <message>
            <location filename="../../leaddesk/ui/participant/op_dialog.py" line="+29" />
            <source>Known</source>
            <translation>Se sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>known</source>
            <translation>se sabe</translation>
        </message>
    </context>
    <context>
        <name>OutcomeForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/outcome_form.py" line="+50" />
            <source>Outcome answers</source>
            <translation>Respuestas de resultados</translation>
        </message>
    </context>
    <context>
        <name>OutcomesTab</name>
        <message>
            <location line="+16" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The day the answers are true of</source>
            <translation>El día al que corresponden las respuestas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stage</source>
            <translation>&amp;Etapa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Income sources</source>
            <translation>Fuentes de ingresos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Income from any source</source>
            <translation>&amp;Ingresos de cualquier fuente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Non-cash &amp;benefits from any source</source>
            <translation>&amp;Beneficios no monetarios de cualquier fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-cash benefits</source>
            <translation>Beneficios no monetarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other benefit</source>
            <translation>Otro beneficio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Health insurance from any source</source>
            <translation>&amp;Seguro médico de cualquier fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/outcomes_tab.py" line="+59" />
            <source>Health insurance</source>
            <translation>Seguro médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other insurance</source>
            <translation>Otro seguro</translation>
        </message>
        <message>
            <location line="+5" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Employed</source>
            <translation>&amp;Con empleo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type of employment</source>
            <translation>Tipo de empleo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why not employed</source>
            <translation>Por qué no tiene empleo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>S&amp;ubstance use disorder</source>
            <translation>Trastorno por &amp;uso de sustancias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected to be long-continued and to substantially impair living independently</source>
            <translation>Se espera que sea de larga duración y que limite sustancialmente la vida independiente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Physical disability</source>
            <translation>Disca&amp;pacidad física</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;velopmental disability</source>
            <translation>Discapacidad del &amp;desarrollo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Chronic health condition</source>
            <translation>Enfermedad c&amp;rónica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HIV/&amp;AIDS</source>
            <translation>&amp;VIH/sida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mental health disorder</source>
            <translation>Trastorno de salud &amp;mental</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Long-term and impairing</source>
            <translation>De &amp;larga duración y limitante</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/outcomes_tab.py" line="-14" />
            <source>They exited on %1: take their exit snapshot now (Add), while answers are fresh.</source>
            <translation>Egresó el %1: tome ahora su registro de egreso (Añadir), mientras las respuestas están frescas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Ingreso mensual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Benefits</source>
            <translation>Beneficios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Employed</source>
            <translation>Con empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disabilities</source>
            <translation>Discapacidades</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+7" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Developmental disability</source>
            <translation>Discapacidad del desarrollo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>HIV/AIDS</source>
            <translation>VIH/sida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None recorded</source>
            <translation>Ninguna registrada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add snapshot…</source>
            <translation>&amp;Añadir registro…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outcome snapshots</source>
            <translation>Registros de resultados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit outcome snapshot</source>
            <translation>Editar registro de resultados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add outcome snapshot</source>
            <translation>Añadir registro de resultados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Answers as of the date below (HMIS asks them at entry, at each review and at exit). A new snapshot starts from the latest one: change only what changed.</source>
            <translation>Respuestas a la fecha indicada abajo (HMIS las pide al ingreso, en cada revisión y al egreso). Un registro nuevo parte del último: cambie solo lo que cambió.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No outcome snapshots yet. Take the first at entry.</source>
            <translation>Aún no hay registros de resultados. Tome el primero al ingreso.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 snapshot</source>
            <translation>%1 registro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 snapshots</source>
            <translation>%1 registros</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 · latest: %2, %3</source>
            <translation>%1 · último: %2, %3</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview.py" line="+129" />
            <source>Needs, most important to them first</source>
            <translation>Necesidades, las más importantes para la persona primero</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The new order was not saved</source>
            <translation>No se guardó el nuevo orden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No needs recorded yet. Ask what matters most to them first.</source>
            <translation>Aún no hay necesidades registradas. Pregunte primero qué es lo que más le importa.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add need…</source>
            <translation>Añadir necesidad…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Add a need</source>
            <translation>Añadir una necesidad</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Edit the selected need</source>
            <translation>Editar la necesidad seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected need (Enter)</source>
            <translation>Editar la necesidad seleccionada (Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move need up</source>
            <translation>Subir la necesidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move need down</source>
            <translation>Bajar la necesidad</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Needs — in their order of priority</source>
            <translation>Necesidades — en su orden de prioridad</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Episodes in the program — newest first</source>
            <translation>Episodios en el programa — el más reciente primero</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Open needs first. Drag a row or use Move up / Move down to reorder.</source>
            <translation>Las necesidades abiertas primero. Arrastre una fila o use Subir / Bajar para reordenarlas.</translation>
        </message>
        <message>
            <location line="+118" />
            <source>Intervention plan goals</source>
            <translation>Metas del plan de intervención</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add goal…</source>
            <translation>Añadir meta…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a plan goal</source>
            <translation>Añadir una meta del plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected goal</source>
            <translation>Editar la meta seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected goal (Enter)</source>
            <translation>Editar la meta seleccionada (Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add progress…</source>
            <translation>Añadir progreso…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add progress to the selected goal</source>
            <translation>Añadir progreso a la meta seleccionada</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The goal in their words</source>
            <translation>La meta con sus palabras</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Progress log</source>
            <translation>Registro de progreso</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Intervention plan — their goals</source>
            <translation>Plan de intervención — sus metas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location line="+109" />
            <source>No plan goals yet. Add a goal in their own words.</source>
            <translation>Aún no hay metas del plan. Añada una meta con sus propias palabras.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a goal to see its steps and progress.</source>
            <translation>Seleccione una meta para ver sus pasos y su progreso.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No steps written down yet.</source>
            <translation>Aún no hay pasos escritos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Steps:</source>
            <translation>Pasos:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No progress recorded yet.</source>
            <translation>Aún no hay progreso registrado.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantHeader</name>
        <message>
            <location filename="../../leaddesk/ui/participant/header.py" line="+75" />
            <source>← Back</source>
            <translation>← Volver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the list</source>
            <translation>Volver a la lista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to the list (Alt+Left)</source>
            <translation>Volver a la lista (Alt+Izquierda)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant name</source>
            <translation>Nombre del participante</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit details…</source>
            <translation>Editar datos…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit details</source>
            <translation>Editar datos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change status…</source>
            <translation>Cambiar estado…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Aliases</source>
            <translation>Alias</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Criminal-justice consent</source>
            <translation>Consentimiento de justicia penal</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Sensitive SUD notes</source>
            <translation>Notas sensibles de TUS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Some notes hold 42 CFR Part 2 information: disclose only under consent</source>
            <translation>Algunas notas contienen información de 42 CFR parte 2: divulgue solo con consentimiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Upcoming court date</source>
            <translation>Próxima fecha de audiencia</translation>
        </message>
        <message>
            <location line="+37" />
            <source>also known as %1</source>
            <translation>también conocido como %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Phone: %1</source>
            <translation>Teléfono: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team: %1</source>
            <translation>Equipo: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case manager: %1</source>
            <translation>Gestor/a de casos: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not assigned</source>
            <translation>sin asignar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>CJ consent active until %1</source>
            <translation>Consent. penal vigente hasta el %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A criminal-justice consent (42 CFR 2.35) is in force until %1</source>
            <translation>Un consentimiento de justicia penal (42 CFR 2.35) está vigente hasta el %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Court date %1</source>
            <translation>Audiencia %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 since %2</source>
            <translation>%1 desde el %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Current episode: %1</source>
            <translation>Episodio actual: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last contact: none yet</source>
            <translation>Último contacto: aún ninguno</translation>
        </message>
        <message>
            <location line="+4" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 days ago</source>
            <translation>hace %1 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last contact: %1 (%2)</source>
            <translation>Último contacto: %1 (%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No contact for too long</source>
            <translation>Sin contacto desde hace demasiado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seen recently</source>
            <translation>Visto recientemente</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPage</name>
        <message>
            <location filename="../../leaddesk/ui/participant/page.py" line="+68" />
            <source>Disclose…</source>
            <translation>Divulgar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclose under a consent</source>
            <translation>Divulgar con un consentimiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A disclosure packet of what the participant's consents allow</source>
            <translation>Un paquete de divulgación con lo que permiten los consentimientos del participante</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add need…</source>
            <translation>Añadir necesidad…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Participant record sections</source>
            <translation>Secciones del expediente del participante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Opening the record…</source>
            <translation>Abriendo el expediente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening the record</source>
            <translation>Abriendo el expediente</translation>
        </message>
        <message>
            <location line="+44" />
            <source>This participant is not on this laptop.</source>
            <translation>Este participante no está en esta portátil.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The record could not be opened.</source>
            <translation>No se pudo abrir el expediente.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantStatus</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-34" />
            <source>Referred</source>
            <translation>Derivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engaged</source>
            <translation>Vinculado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the wind</source>
            <translation>En paradero desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exited</source>
            <translation>Egresado</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../../leaddesk/ui/profile_strength.py" line="+56" />
            <source>Too short: %1 of at least %2 characters.</source>
            <translation>Demasiado corta: %1 de al menos %2 caracteres.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Weak: it is built on a well-known password.</source>
            <translation>Débil: se basa en una contraseña muy conocida.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak: it follows a pattern (repeats, abc, 123 or qwerty).</source>
            <translation>Débil: sigue un patrón (repeticiones, abc, 123 o qwerty).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak: a single word, even with digits or symbols, is easy to guess; use three or four words.</source>
            <translation>Débil: una sola palabra, aunque lleve dígitos o símbolos, es fácil de adivinar; use tres o cuatro palabras.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Weak: a short string is easy to guess; use three or four unrelated words.</source>
            <translation>Débil: una cadena corta es fácil de adivinar; use tres o cuatro palabras sin relación.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fair: one more unrelated word would make it strong.</source>
            <translation>Aceptable: una palabra más sin relación la haría fuerte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fair: a few more characters, or three or four words, would make it strong.</source>
            <translation>Aceptable: unos caracteres más, o tres o cuatro palabras, la harían fuerte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Strong: several unrelated words are hard to guess and easy to type.</source>
            <translation>Fuerte: varias palabras sin relación son difíciles de adivinar y fáciles de escribir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strong: long and varied enough to be hard to guess.</source>
            <translation>Fuerte: bastante larga y variada para ser difícil de adivinar.</translation>
        </message>
    </context>
    <context>
        <name>PcgExports</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_exports.py" line="+35" />
            <source>Save PCG report…</source>
            <translation>Guardar informe PCG…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The report to the Policy Coordinating Group for this period and team, as a PDF</source>
            <translation>El informe para el Grupo de Coordinación de Políticas (PCG) de este periodo y equipo, en PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save tables as CSV…</source>
            <translation>Guardar tablas en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every table of the PCG report, each as a CSV file, in a new folder</source>
            <translation>Cada tabla del informe PCG, cada una como archivo CSV, en una carpeta nueva</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>Exportación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>PCG report %1 to %2</source>
            <translation>Informe PCG del %1 al %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save the PCG report</source>
            <translation>Guardar el informe PCG</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the tables in a new folder inside…</source>
            <translation>Guardar las tablas en una carpeta nueva dentro de…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 tables</source>
            <translation>%1 tablas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saving the PCG report…</source>
            <translation>Guardando el informe PCG…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved to %1: counts only, every count under 11 shown as &lt;11, and nobody named. The export is recorded in the audit log.</source>
            <translation>Guardado en %1: solo recuentos, cada recuento menor de 11 se muestra como &lt;11 y no se nombra a nadie. La exportación queda en el registro de auditoría.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The PCG report was not saved: %1</source>
            <translation>No se guardó el informe PCG: %1</translation>
        </message>
    </context>
    <context>
        <name>ProfileCreateForm</name>
        <message>
            <location filename="../../leaddesk/ui/profile_create.py" line="+24" />
            <source>Create your profile</source>
            <translation>Cree su perfil</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your profile keeps your caseload encrypted on this laptop. Only your passphrase, or the recovery key you will see next, can open it.</source>
            <translation>Su perfil guarda sus casos cifrados en esta portátil. Solo su frase de contraseña, o la clave de recuperación que verá a continuación, puede abrirlo.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+5" />
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location line="-4" />
            <source>e.g. Casey Morgan</source>
            <translation>p. ej., Casey Morgan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat passphrase</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+1" />
            <source>Create profile</source>
            <translation>Crear perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create the profile (Enter)</source>
            <translation>Crear el perfil (Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to unlock</source>
            <translation>Volver a desbloquear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock an existing profile instead (Esc)</source>
            <translation>Desbloquear un perfil existente en su lugar (Esc)</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Creating your profile… this takes a moment.</source>
            <translation>Creando su perfil… tarda un momento.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="+56" />
            <source>Add progress</source>
            <translation>Añadir progreso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A step taken, however small</source>
            <translation>Un paso dado, por pequeño que sea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Progress</source>
            <translation>&amp;Progreso</translation>
        </message>
    </context>
    <context>
        <name>ProjectType</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="+38" />
            <source>Street outreach</source>
            <translation>Alcance en la calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services only</source>
            <translation>Solo servicios</translation>
        </message>
    </context>
    <context>
        <name>ProsecutorDecision</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-105" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined to file</source>
            <translation>Se negó a presentar cargos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filing deferred</source>
            <translation>Presentación de cargos aplazada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filed, then diverted</source>
            <translation>Cargos presentados y luego desviados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filed</source>
            <translation>Cargos presentados</translation>
        </message>
    </context>
    <context>
        <name>QuickCaptureDialog</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+50" />
            <source>street contact</source>
            <translation>contacto en la calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>office contact</source>
            <translation>contacto en la oficina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone contact</source>
            <translation>contacto por teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>court contact</source>
            <translation>contacto en el tribunal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jail contact</source>
            <translation>contacto en la cárcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hospital contact</source>
            <translation>contacto en el hospital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shelter contact</source>
            <translation>contacto en el albergue</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/quick_capture.py" line="+59" />
            <location line="+248" />
            <source>Quick capture</source>
            <translation>Captura rápida</translation>
        </message>
        <message>
            <location line="-229" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type part of a name or alias</source>
            <translation>Escriba parte de un nombre o alias</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Matching participants</source>
            <translation>Participantes que coinciden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chosen participant</source>
            <translation>Participante elegido</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact kind</source>
            <translation>Tipo de contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the first letter to choose</source>
            <translation>Escriba la primera letra para elegir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>where you met</source>
            <translation>dónde se encontraron</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened, in a few words (saved as the note's Data)</source>
            <translation>Qué ocurrió, en pocas palabras (se guarda como los Datos de la nota)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the contact and its note (Ctrl+Enter)</source>
            <translation>Guardar el contacto y su nota (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close without saving (Esc)</source>
            <translation>Cerrar sin guardar (Esc)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Participant</source>
            <translation>&amp;Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;lace</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Minutes</source>
            <translation>&amp;Minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Enter saves · Esc cancels</source>
            <translation>Ctrl+Enter guarda · Esc cancela</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No participant matches “%1”</source>
            <translation>Ningún participante coincide con «%1»</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Choose who this was with: type part of a name and pick from the list.</source>
            <translation>Elija con quién fue: escriba parte de un nombre y elija de la lista.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write a few words about the contact.</source>
            <translation>Escriba unas palabras sobre el contacto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>When: the contact cannot be in the future.</source>
            <translation>Cuándo: el contacto no puede estar en el futuro.</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>Saved: %1 with %2, %n minute(s), and its note.</source>
            <translation>
                <numerusform>Guardado: %1 con %2, %n minuto, y su nota.</numerusform>
                <numerusform>Guardado: %1 con %2, %n minutos, y su nota.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Discard what you wrote?</source>
            <translation>¿Descartar lo que escribió?</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Restored what you were writing before.</source>
            <translation>Se recuperó lo que estaba escribiendo antes.</translation>
        </message>
    </context>
    <context>
        <name>RaceEthnicity</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-20" />
            <source>American Indian, Alaska Native, or Indigenous</source>
            <translation>Indígena americano, nativo de Alaska o indígena</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Asian or Asian American</source>
            <translation>Asiático o asiático-americano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Black, African American, or African</source>
            <translation>Negro, afroamericano o africano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hispanic/Latina/e/o</source>
            <translation>Hispano/latino/a/e</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Eastern or North African</source>
            <translation>De Oriente Medio o del Norte de África</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Native Hawaiian or Pacific Islander</source>
            <translation>Nativo de Hawái o de otras islas del Pacífico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>White</source>
            <translation>Blanco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation>El cliente no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation>El cliente prefiere no responder</translation>
        </message>
    </context>
    <context>
        <name>ReassignAction</name>
        <message>
            <location filename="../../leaddesk/ui/participant/reassign.py" line="+157" />
            <source>Reassign…</source>
            <translation>Reasignar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reassign case manager or team</source>
            <translation>Reasignar gestor/a de casos o equipo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Change this participant's case manager or team</source>
            <translation>Cambiar el gestor/a de casos o el equipo de este participante</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location line="-127" />
            <source>Reassign participant</source>
            <translation>Reasignar participante</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Why you cannot reassign</source>
            <translation>Por qué no puede reasignar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Caseload</source>
            <translation>Carga de casos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I confirm this assignment above the maximum, as supervisor</source>
            <translation>Confirmo esta asignación por encima del máximo, como supervisor/a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm above the maximum</source>
            <translation>Confirmar por encima del máximo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Reassign</source>
            <translation>Reasignar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Team</source>
            <translation>&amp;Equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Case manager</source>
            <translation>&amp;Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Not assigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>Record</name>
        <message>
            <location filename="../../leaddesk/ui/record_labels.py" line="-199" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility screening</source>
            <translation>Evaluación de elegibilidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Need</source>
            <translation>Necesidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan goal</source>
            <translation>Meta del plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addendum</source>
            <translation>Adenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal event</source>
            <translation>Evento legal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome snapshot</source>
            <translation>Registro de resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Housing status</source>
            <translation>Situación de vivienda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attachment</source>
            <translation>Adjunto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Episode</source>
            <translation>Episodio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosure</source>
            <translation>Divulgación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case conference</source>
            <translation>Reunión de casos</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/form_fields.py" line="+111" />
            <location line="+42" />
            <source>Set</source>
            <translation>Indicar</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/record_forms.py" line="+44" />
            <source>That could not be saved.</source>
            <translation>No se pudo guardar.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>this is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>too long (at most %1)</source>
            <translation>demasiado largo (como máximo %1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be at least %1</source>
            <translation>debe ser al menos %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be at most %1</source>
            <translation>debe ser como máximo %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an amount in dollars and cents, such as 12.50</source>
            <translation>un importe en dólares y centavos, como 12.50</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a whole number, such as 3</source>
            <translation>un número entero, como 3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>choose one</source>
            <translation>elija uno</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Problems with this form</source>
            <translation>Problemas con este formulario</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save (Enter; Ctrl+Enter from a text box)</source>
            <translation>Guardar (Enter; Ctrl+Enter desde un cuadro de texto)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close without saving (Esc)</source>
            <translation>Cerrar sin guardar (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/casework_fields.py" line="+90" />
            <source>Type it in</source>
            <translation>Escríbalo</translation>
        </message>
        <message>
            <location line="+59" />
            <source>a month, e.g. 943.00</source>
            <translation>943.00/mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: monthly amount</source>
            <translation>%1: importe mensual</translation>
        </message>
        <message>
            <location line="+8" />
            <source>For another source: what it is</source>
            <translation>Para otra fuente: qué es</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other source: what it is</source>
            <translation>Otra fuente: qué es</translation>
        </message>
    </context>
    <context>
        <name>RecordTabs</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consent_fields.py" line="-103" />
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="-277" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criminal justice (42 CFR 2.35)</source>
            <translation>Justicia penal (42 CFR 2.35)</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="+1" />
            <source>Criminal justice</source>
            <translation>Justicia penal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expired</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoked</source>
            <translation>Revocado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet valid</source>
            <translation>Aún no válido</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/contacts_tab.py" line="-113" />
            <source>Street / outreach</source>
            <translation>Calle / alcance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+47" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation>Tribunal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jail</source>
            <translation>Cárcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter</source>
            <translation>Albergue</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/housing_tab.py" line="-126" />
            <source>Place not meant for habitation (street, car, park)</source>
            <translation>Lugar no destinado a la habitación humana (calle, auto, parque)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Emergency shelter (incl. motel paid by a voucher)</source>
            <translation>Refugio de emergencia (incl. motel pagado con un vale)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Safe Haven</source>
            <translation>Safe Haven (refugio seguro)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foster care home or group home</source>
            <translation>Hogar de crianza temporal u hogar grupal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital or other medical facility</source>
            <translation>Hospital u otro centro médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jail, prison or juvenile detention</source>
            <translation>Cárcel, prisión o centro de detención juvenil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long-term care facility or nursing home</source>
            <translation>Centro de cuidados a largo plazo o residencia de ancianos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Psychiatric hospital or facility</source>
            <translation>Hospital o centro psiquiátrico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance use treatment facility or detox</source>
            <translation>Centro de tratamiento por uso de sustancias o desintoxicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transitional housing for homeless persons</source>
            <translation>Vivienda transitoria para personas sin hogar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residential project or halfway house (no homeless criteria)</source>
            <translation>Proyecto residencial o casa de transición (sin criterios de falta de vivienda)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hotel or motel paid without a voucher</source>
            <translation>Hotel o motel pagado sin vale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Host home (non-crisis)</source>
            <translation>Hogar de acogida (no de crisis)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staying with family (temporary)</source>
            <translation>Con familiares (temporal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staying with friends (temporary)</source>
            <translation>Con amigos (temporal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Living with family (permanent tenure)</source>
            <translation>Vive con familiares (estancia permanente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Living with friends (permanent tenure)</source>
            <translation>Vive con amigos (estancia permanente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rental, with ongoing housing subsidy</source>
            <translation>Alquiler, con subsidio de vivienda continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rental, no ongoing subsidy</source>
            <translation>Alquiler, sin subsidio continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owned, no ongoing subsidy</source>
            <translation>Vivienda propia, sin subsidio continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owned, with ongoing subsidy</source>
            <translation>Vivienda propia, con subsidio continuo</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+3" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant doesn't know</source>
            <translation>El participante no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant prefers not to answer</source>
            <translation>El participante prefiere no responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not collected</source>
            <translation>No recopilado</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/legal_tab.py" line="-187" />
            <source>Arrest</source>
            <translation>Arresto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Citation</source>
            <translation>Citación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge filed</source>
            <translation>Cargo presentado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge declined</source>
            <translation>Cargo rechazado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Court date</source>
            <translation>Fecha de audiencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warrant</source>
            <translation>Orden judicial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booking</source>
            <translation>Ingreso en la cárcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release</source>
            <translation>Liberación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not needed</source>
            <translation>No hace falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To coordinate</source>
            <translation>Por coordinar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent to prosecutor</source>
            <translation>Remitido a la fiscalía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinated with the plan</source>
            <translation>Coordinado con el plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor declined to file</source>
            <translation>La fiscalía no presentó cargos</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/referral_panel.py" line="+52" />
            <source>Arrest diversion</source>
            <translation>Desvío en lugar de arresto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social contact referral</source>
            <translation>Derivación por contacto social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community referral</source>
            <translation>Derivación comunitaria</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/screening_tab.py" line="-250" />
            <source>Pending — some answers are not known yet</source>
            <translation>Pendiente — aún no se conocen algunas respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation>Elegible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>No elegible</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="-22" />
            <source>Case management</source>
            <translation>Gestión de casos</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/tabs.py" line="+36" />
            <source>Housing</source>
            <translation>Vivienda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medical care</source>
            <translation>Atención médica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health</source>
            <translation>Salud mental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance use treatment</source>
            <translation>Tratamiento por uso de sustancias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery support</source>
            <translation>Apoyo a la recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication for addiction treatment (MAT)</source>
            <translation>Medicamentos para tratar la adicción (MAT)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naloxone</source>
            <translation>Naloxona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutritional counseling</source>
            <translation>Asesoramiento nutricional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Psychological counseling</source>
            <translation>Asesoramiento psicológico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employment</source>
            <translation>Empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training and education</source>
            <translation>Formación y educación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil legal help</source>
            <translation>Ayuda legal civil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>System navigation</source>
            <translation>Orientación en el sistema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basic needs (other)</source>
            <translation>Necesidades básicas (otras)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groceries</source>
            <translation>Comestibles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hygiene supplies</source>
            <translation>Artículos de higiene</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Ropa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hotel or motel</source>
            <translation>Hotel o motel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transport</source>
            <translation>Transporte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flexible funds</source>
            <translation>Fondos flexibles</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/tabs.py" line="-3" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services &amp; referrals</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal &amp; court</source>
            <translation>Legal y tribunal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral &amp; eligibility</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosures</source>
            <translation>Divulgaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conferences</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/records_model.py" line="+61" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
    </context>
    <context>
        <name>RecordText</name>
        <message>
            <location filename="../../leaddesk/ui/participant/record_text.py" line="+63" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/records_tab.py" line="+106" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>or Enter, or double-click a row</source>
            <translation>o Enter, o doble clic en una fila</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>or the Delete key</source>
            <translation>o la tecla Supr</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing recorded</source>
            <translation>Nada registrado</translation>
        </message>
        <message>
            <location line="+77" />
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing recorded yet.</source>
            <translation>Aún no hay nada registrado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete this record? It disappears from this participant's record on every device after the next sync; the audit trail keeps that it was deleted.</source>
            <translation>¿Eliminar este registro? Desaparece del expediente de este participante en todos los equipos tras la próxima sincronización; el registro de auditoría conserva que se eliminó.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../leaddesk/ui/profile_recovery_key.py" line="+41" />
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <location line="+26" />
            <source>If you forget your passphrase, this key is the only way into your profile. It is shown only now: write it down or keep it in your organisation's password manager, away from this laptop.</source>
            <translation>Si olvida su frase de contraseña, esta clave es la única forma de entrar en su perfil. Se muestra solo ahora: anótela o guárdela en el gestor de contraseñas de su organización, lejos de esta portátil.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the recovery key</source>
            <translation>Copiar la clave de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the key; the clipboard is emptied again after a minute</source>
            <translation>Copiar la clave; el portapapeles se vacía de nuevo al cabo de un minuto</translation>
        </message>
        <message>
            <location line="+10" />
            <source>I have stored it somewhere safe</source>
            <translation>La he guardado en un lugar seguro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have stored the recovery key</source>
            <translation>He guardado la clave de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open your profile (Enter)</source>
            <translation>Abrir su perfil (Enter)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Copied. The clipboard will be emptied at %1.</source>
            <translation>Copiada. A las %1 se vaciará el portapapeles.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The clipboard has been emptied.</source>
            <translation>El portapapeles se ha vaciado.</translation>
        </message>
    </context>
    <context>
        <name>ReferralAcceptance</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-15" />
            <source>Not decided yet</source>
            <translation>Aún sin decidir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation>Rechazada</translation>
        </message>
    </context>
    <context>
        <name>ReferralPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/referral_panel.py" line="+9" />
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Door</source>
            <translation>Vía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Derivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer</source>
            <translation>Agente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency</source>
            <translation>Agencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offence or reason</source>
            <translation>Delito o motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warm hand-off</source>
            <translation>Traspaso directo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent to prosecutor</source>
            <translation>Remitido a la fiscalía</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Intake deadline</source>
            <translation>Plazo de admisión</translation>
        </message>
        <message>
            <location line="-32" />
            <source>No referral recorded for this participant.</source>
            <translation>No hay ninguna derivación registrada para este participante.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Precinct and beat</source>
            <translation>Distrito y sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offence category</source>
            <translation>Categoría de delito</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prosecutor's decision</source>
            <translation>Decisión de la fiscalía</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Edit referral…</source>
            <translation>&amp;Editar derivación…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Record referral…</source>
            <translation>&amp;Registrar derivación…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alt+E</source>
            <translation>Alt+E</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alt+R</source>
            <translation>Alt+R</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Edit referral</source>
            <translation>Editar derivación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record referral</source>
            <translation>Registrar derivación</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Door</source>
            <translation>&amp;Vía</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose how the person came in…</source>
            <translation>Elija cómo llegó la persona…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referred &amp;at</source>
            <translation>Derivado &amp;el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Referring &amp;officer</source>
            <translation>&amp;Agente que deriva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;gency</source>
            <translation>A&amp;gencia</translation>
        </message>
        <message>
            <location line="-11" />
            <source>O&amp;ffence or reason</source>
            <translation>&amp;Delito o motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offence or probable cause; for a social contact, the concern</source>
            <translation>Delito o causa probable; para un contacto social, la preocupación</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Warm hand-off</source>
            <translation>&amp;Traspaso directo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Happened at</source>
            <translation>Ocurrió a las</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Sent to prosecutor</source>
            <translation>Re&amp;mitido a la fiscalía</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+8" />
            <location line="+33" />
            <source>On</source>
            <translation>El</translation>
        </message>
        <message>
            <location line="-78" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Badge number</source>
            <translation>&amp;Número de placa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Agency as first &amp;written</source>
            <translation>Agencia tal como se escri&amp;bió</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pre&amp;cinct</source>
            <translation>Dist&amp;rito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B&amp;eat</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offence &amp;category</source>
            <translation>&amp;Categoría de delito</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Acce&amp;pted</source>
            <translation>Ace&amp;ptada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Decided o&amp;n</source>
            <translation>Dec&amp;idido el</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Intake deadline</source>
            <translation>Pla&amp;zo de admisión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By</source>
            <translation>Para el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set by the site; %1 days from the referral by default</source>
            <translation>Lo fija el sitio; por defecto, %1 días desde la derivación</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Prosecutor's &amp;decision</source>
            <translation>Decisi&amp;ón de la fiscalía</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No case went to a prosecutor</source>
            <translation>Ningún caso llegó a la fiscalía</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Prosecu&amp;tor</source>
            <translation>&amp;Fiscal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prosecutor decided on</source>
            <translation>Fiscalía decidió el</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Prosecutor's no&amp;te</source>
            <translation>No&amp;ta de la fiscalía</translation>
        </message>
        <message>
            <location line="+13" />
            <source> (latest of %1 referrals)</source>
            <translation> (la última de %1 derivaciones)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1, badge %2</source>
            <translation>%1, placa %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 on %2</source>
            <translation>%1 el %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not yet</source>
            <translation>aún no</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2 after the referral</source>
            <translation>%1 — %2 después de la derivación</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (the aim is within %1)</source>
            <translation> (el objetivo es en %1 o menos)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 — engaged on %2</source>
            <translation>%1 — vinculado el %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2 days left</source>
            <translation>%1 — quedan %2 días</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — today</source>
            <translation>%1 — hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — passed %2 days ago</source>
            <translation>%1 — venció hace %2 días</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseCard</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="+153" />
            <source>Choose a new passphrase</source>
            <translation>Elija una nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+24" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat new passphrase</source>
            <translation>Repita la nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Set passphrase and open</source>
            <translation>Establecer la frase y abrir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use the new passphrase from now on and open the profile (Enter)</source>
            <translation>Usar la nueva frase de contraseña a partir de ahora y abrir el perfil (Enter)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the profile and keep the current passphrase</source>
            <translation>Abrir el perfil y conservar la frase de contraseña actual</translation>
        </message>
        <message>
            <location line="+24" />
            <source>You opened “%1” with its recovery key. Choose a new passphrase to unlock with from now on. Your records stay as they are, and the recovery key keeps working.</source>
            <translation>Abrió «%1» con su clave de recuperación. Elija una nueva frase de contraseña para desbloquear a partir de ahora. Sus registros quedan como están y la clave de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not now keeps your current passphrase. Once you remember it, you can choose a new one under %1. Until then keep the recovery key at hand; it opens this profile each time.</source>
            <translation>Ahora no conserva su frase de contraseña actual. Cuando la recuerde, puede elegir una nueva en %1. Hasta entonces tenga a mano la clave de recuperación; abre este perfil cada vez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Desk → Change passphrase</source>
            <translation>Escritorio → Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Setting the new passphrase… this takes a moment.</source>
            <translation>Estableciendo la nueva frase de contraseña… tarda un momento.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That recovery key is not right for this profile.</source>
            <translation>Esa clave de recuperación no es correcta para este perfil.</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consent_revoke.py" line="+29" />
            <source>Revoke consent</source>
            <translation>Revocar consentimiento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoke the consent to disclose to %1? From that day nothing more may be disclosed under it.</source>
            <translation>¿Revocar el consentimiento para divulgar a %1? Desde ese día no se puede divulgar nada más con él.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Revoked on</source>
            <translation>Revocado el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why it was refused</source>
            <translation>Por qué se rechazó</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Revoke</source>
            <translation>Revocar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoked &amp;on</source>
            <translation>Revocado &amp;el</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+13" />
            <source>Case manager</source>
            <translation>Gestor/a de casos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supervisor</source>
            <translation>Supervisor/a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admin</source>
            <translation>Administrador/a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer</source>
            <translation>Agente</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../leaddesk/ui/search_page.py" line="+151" />
            <source>Search names, aliases and notes</source>
            <translation>Buscar nombres, alias y notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search names, aliases and notes (Ctrl+F); Enter goes to the results</source>
            <translation>Buscar nombres, alias y notas (Ctrl+F); Enter va a los resultados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search participants' names and aliases</source>
            <translation>Buscar en nombres y alias de los participantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search notes and addenda</source>
            <translation>Buscar en notas y adendas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Result count</source>
            <translation>Número de resultados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Type a name, an alias or words from a note.</source>
            <translation>Escriba un nombre, un alias o palabras de una nota.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick Names or Notes to search them.</source>
            <translation>Marque Nombres o Notas para buscar en ellos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No matches.</source>
            <translation>No hay coincidencias.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>More than %n result(s), best first</source>
            <translation>
                <numerusform>Más de %n resultado, los mejores primero</numerusform>
                <numerusform>Más de %n resultados, los mejores primero</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes are found once this laptop's first sync has finished.</source>
            <translation>Las notas se encuentran cuando termine la primera sincronización de este portátil.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../leaddesk/ui/search_model.py" line="+36" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addendum</source>
            <translation>Adenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Found in</source>
            <translation>Encontrado en</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Match</source>
            <translation>Coincidencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Written</source>
            <translation>Escrito</translation>
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+14" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral or delivered</source>
            <translation>Derivación o prestado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>Financiamiento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Date</source>
            <translation>F&amp;echa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Service</source>
            <translation>&amp;Servicio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a service…</source>
            <translation>Elija un servicio…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Referral or delivered</source>
            <translation>&amp;Derivación o prestado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delivered by our team</source>
            <translation>Prestado por nuestro equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral made to another provider</source>
            <translation>Derivación hecha a otro proveedor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Provider</source>
            <translation>&amp;Proveedor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Agency or clinic, and a contact</source>
            <translation>Agencia o clínica, y un contacto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Outcome</source>
            <translation>&amp;Resultado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. intake booked for Tuesday; declined; delivered</source>
            <translation>p. ej., admisión programada para el martes; rechazado; prestado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A&amp;mount</source>
            <translation>&amp;Importe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What it cost, e.g. 45.00</source>
            <translation>Lo que costó, p. ej., 45.00</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Units</source>
            <translation>&amp;Unidades</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nights, passes, hours…</source>
            <translation>Noches, pases, horas…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Funding</source>
            <translation>&amp;Financiamiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which funding paid for it</source>
            <translation>Qué financiamiento lo pagó</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 (%2 units)</source>
            <translation>%1 (%2 unidades)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivered</source>
            <translation>Prestado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add service or referral…</source>
            <translation>&amp;Añadir servicio o derivación…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Services and referrals</source>
            <translation>Servicios y derivaciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit service or referral</source>
            <translation>Editar servicio o derivación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add service or referral</source>
            <translation>Añadir servicio o derivación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No services or referrals recorded yet.</source>
            <translation>Aún no hay servicios ni derivaciones registrados.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 service delivered</source>
            <translation>%1 servicio prestado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 services delivered</source>
            <translation>%1 servicios prestados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 referral made</source>
            <translation>%1 derivación hecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 referrals made</source>
            <translation>%1 derivaciones hechas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 spent</source>
            <translation>%1 gastado</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../leaddesk/ui/settings_dialog.py" line="+28" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As on this computer (%1)</source>
            <translation>Como en esta computadora (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>LEAD Desk starts in the language chosen here; a change applies at its next start.</source>
            <translation>LEAD Desk se inicia en el idioma elegido aquí; un cambio se aplica en el próximo inicio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The language could not be saved: %1</source>
            <translation>No se pudo guardar el idioma: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language saved: LEAD Desk will be in %1 the next time it starts.</source>
            <translation>Idioma guardado: LEAD Desk estará en %1 la próxima vez que se inicie.</translation>
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-23" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation>El cliente no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation>El cliente prefiere no responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation>No se recopilaron datos</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/share_dialog.py" line="+45" />
            <source>Disclose under a consent</source>
            <translation>Divulgar con un consentimiento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Recipient</source>
            <translation>&amp;Destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation>&amp;Propósito</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Continue…</source>
            <translation>Continuar…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No consent of this participant names a recipient: nothing may leave.</source>
            <translation>Ningún consentimiento de este participante nombra a un destinatario: no puede salir nada.</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/status_dialog.py" line="+40" />
            <source>Change status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 since %2</source>
            <translation>%1 desde el %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Current status</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New status</source>
            <translation>Nuevo estado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Date of engagement</source>
            <translation>Fecha de vinculación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exit date</source>
            <translation>Fecha de egreso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose where they are going…</source>
            <translation>Elija adónde va…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exit reason</source>
            <translation>Motivo del egreso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation>No lo dijo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exit reason detail</source>
            <translation>Detalle del motivo del egreso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>in a few words, without blame</source>
            <translation>en pocas palabras, sin culpar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Referral date</source>
            <translation>Fecha de derivación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing else is needed for this step.</source>
            <translation>Este paso no necesita nada más.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New status</source>
            <translation>&amp;Nuevo estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of &amp;engagement</source>
            <translation>Fecha de &amp;vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xit date</source>
            <translation>Fecha de &amp;egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Destination</source>
            <translation>De&amp;stino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit &amp;reason</source>
            <translation>&amp;Motivo del egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason de&amp;tail</source>
            <translation>De&amp;talle del motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Referral date</source>
            <translation>Fecha de &amp;derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Project</source>
            <translation>&amp;Proyecto</translation>
        </message>
    </context>
    <context>
        <name>StrengthHint</name>
        <message>
            <location filename="../../leaddesk/ui/profile_strength.py" line="+34" />
            <location line="+3" />
            <source>Passphrase strength</source>
            <translation>Fuerza de la frase de contraseña</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>At least %n characters. A few unrelated words are easy to type and hard to guess.</source>
            <translation>
                <numerusform>Al menos %n carácter. Unas cuantas palabras sin relación son fáciles de escribir y difíciles de adivinar.</numerusform>
                <numerusform>Al menos %n caracteres. Unas cuantas palabras sin relación son fáciles de escribir y difíciles de adivinar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Length %1 · words %2</source>
            <translation>Longitud %1 · palabras %2</translation>
        </message>
    </context>
    <context>
        <name>SubstanceUseDisorder</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+86" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alcohol use disorder</source>
            <translation>Trastorno por uso de alcohol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug use disorder</source>
            <translation>Trastorno por uso de drogas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Both alcohol and drug use disorders</source>
            <translation>Trastornos por uso de alcohol y de drogas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client doesn't know</source>
            <translation>El cliente no sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation>El cliente prefiere no responder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Data not collected</source>
            <translation>No se recopilaron datos</translation>
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/tasks_tab.py" line="+32" />
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assignee</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Task</source>
            <translation>&amp;Tarea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Call the ID office about the birth certificate</source>
            <translation>p. ej., llamar a la oficina de identificación por el acta de nacimiento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>D&amp;ue</source>
            <translation>&amp;Vence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Has a due date</source>
            <translation>Tiene fecha de vencimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Assignee</source>
            <translation>&amp;Responsable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who will do it</source>
            <translation>Quién la hará</translation>
        </message>
        <message>
            <location line="+3" />
            <source>D&amp;one</source>
            <translation>&amp;Hecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This task is done</source>
            <translation>Esta tarea está hecha</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 — overdue by %2 d</source>
            <translation>%1 — atrasada %2 d</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Add task…</source>
            <translation>&amp;Añadir tarea…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit task</source>
            <translation>Editar tarea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add task</source>
            <translation>Añadir tarea</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No tasks. Add a follow-up with “Add task…” (Alt+A).</source>
            <translation>No hay tareas. Añada un seguimiento con «Añadir tarea…» (Alt+A).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete the task “%1”? If it was done, tick it instead so the work is counted.</source>
            <translation>¿Eliminar la tarea «%1»? Si se hizo, márquela como hecha para que el trabajo cuente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 open · %2 done</source>
            <translation>%1 abiertas · %2 hechas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 overdue (in bold)</source>
            <translation>%1 atrasadas (en negrita)</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../leaddesk/ui/today_page.py" line="+99" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tasks due</source>
            <translation>Tareas que vencen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No open tasks are due today or overdue.</source>
            <translation>No hay tareas abiertas que venzan hoy o estén atrasadas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Space ticks a task done; Enter opens the participant</source>
            <translation>Espacio marca una tarea como hecha; Enter abre al participante</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Court dates</source>
            <translation>Fechas de audiencia</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>No court dates in the next %n day(s).</source>
            <translation>
                <numerusform>No hay fechas de audiencia en el próximo %n día.</numerusform>
                <numerusform>No hay fechas de audiencia en los próximos %n días.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not seen</source>
            <translation>Sin ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone has been seen recently.</source>
            <translation>Se ha visto a todos recientemente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Prepare a case conference…</source>
            <translation>Preparar una reunión de casos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ctrl+4: the agenda suggested from court dates, coordination and contacts</source>
            <translation>Ctrl+4: la agenda sugerida a partir de fechas de audiencia, coordinación y contactos</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Today — %1</source>
            <translation>Hoy — %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Tasks due today or overdue (%n)</source>
            <translation>
                <numerusform>Tareas que vencen hoy o atrasadas (%n)</numerusform>
                <numerusform>Tareas que vencen hoy o atrasadas (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Court dates in the next %n day(s)</source>
            <translation>
                <numerusform>Fechas de audiencia en el próximo %n día</numerusform>
                <numerusform>Fechas de audiencia en los próximos %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Your participants not seen in %n day(s)</source>
            <translation>
                <numerusform>Sus participantes sin ver en %n día</numerusform>
                <numerusform>Sus participantes sin ver en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Participants not seen in %n day(s)</source>
            <translation>
                <numerusform>Participantes sin ver en %n día</numerusform>
                <numerusform>Participantes sin ver en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source> — showing the first %n</source>
            <translation>
                <numerusform> — se muestra solo %n</numerusform>
                <numerusform> — se muestran los primeros %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_form.py" line="+42" />
            <location line="+141" />
            <source>Unlock your profile</source>
            <translation>Desbloquee su perfil</translation>
        </message>
        <message>
            <location line="-117" />
            <source>Lock notice</source>
            <translation>Aviso de bloqueo</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <location line="+12" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+10" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Press Enter to unlock</source>
            <translation>Pulse Enter para desbloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+1" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock (Enter)</source>
            <translation>Desbloquear (Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use the recovery key</source>
            <translation>Usar la clave de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New profile…</source>
            <translation>Nuevo perfil…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New profile</source>
            <translation>Nuevo perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create another profile on this laptop</source>
            <translation>Crear otro perfil en esta portátil</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Use the passphrase instead</source>
            <translation>Usar la frase de contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forgot passphrase? Use recovery key</source>
            <translation>¿La olvidó? Use la clave de recuperación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlock with your recovery key</source>
            <translation>Desbloquear con su clave de recuperación</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Opening your profile… this takes a moment.</source>
            <translation>Abriendo su perfil… tarda un momento.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A recovery key has 32 letters and digits, in 8 groups of 4.</source>
            <translation>Una clave de recuperación tiene 32 letras y dígitos, en 8 grupos de 4.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type your passphrase, then press Enter.</source>
            <translation>Escriba su frase de contraseña y pulse Enter.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>That recovery key is not right for this profile.</source>
            <translation>Esa clave de recuperación no es correcta para este perfil.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That passphrase is not right for this profile.</source>
            <translation>Esa frase de contraseña no es correcta para este perfil.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Tries left before a wait: %1.</source>
            <translation>Intentos antes de una espera: %1.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>You can try again now.</source>
            <translation>Ya puede volver a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_card.py" line="-214" />
            <source>Too many wrong attempts. You can try again in %1.</source>
            <translation>Demasiados intentos fallidos. Puede volver a intentarlo en %1.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Nothing was changed. Ask whoever supports LEAD Desk at your organisation for help.</source>
            <translation>No se cambió nada. Pida ayuda a quien dé soporte a LEAD Desk en su organización.</translation>
        </message>
        <message>
            <location line="-47" />
            <source>That passphrase is not right for this profile.</source>
            <translation>Esa frase de contraseña no es correcta para este perfil.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This profile's key file is damaged, so the profile cannot be opened.</source>
            <translation>El archivo de claves de este perfil está dañado, así que no se puede abrir el perfil.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This profile's records could not be read: the database is damaged or belongs elsewhere.</source>
            <translation>No se pudieron leer los registros de este perfil: la base de datos está dañada o pertenece a otro lugar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This profile could not be updated for this version of LEAD Desk.</source>
            <translation>No se pudo actualizar este perfil para esta versión de LEAD Desk.</translation>
        </message>
        <message>
            <location line="-23" />
            <source>That profile is no longer on this laptop.</source>
            <translation>Ese perfil ya no está en esta portátil.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>There is already a profile called “%1” on this laptop, and names that differ only in accents, capitals or spaces are too easily confused. Add something to tell them apart, such as a middle name or an initial.</source>
            <translation>Ya hay un perfil llamado «%1» en esta portátil, y los nombres que solo se diferencian en acentos, mayúsculas o espacios se confunden con demasiada facilidad. Añada algo para distinguirlos, como un segundo nombre o una inicial.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>A profile with that name already exists. Choose another name, or unlock it.</source>
            <translation>Ya existe un perfil con ese nombre. Elija otro nombre o desbloquéelo.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>This profile is open in another LEAD Desk window on this computer. Use that window, or lock the profile there first.</source>
            <translation>Este perfil está abierto en otra ventana de LEAD Desk en esta computadora. Use esa ventana, o bloquee el perfil allí primero.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>LEAD Desk stopped unexpectedly last time, and this profile's records were found damaged.</source>
            <translation>LEAD Desk se cerró de forma inesperada la última vez, y los registros de este perfil se encontraron dañados.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>That name cannot be used for a profile: %1</source>
            <translation>Ese nombre no se puede usar para un perfil: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The passphrase needs at least %n characters.</source>
            <translation>
                <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
                <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The profile folder could not be read or written (%1).</source>
            <translation>No se pudo leer o escribir la carpeta del perfil (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Something unexpected went wrong. Nothing was changed; the details are in the log.</source>
            <translation>Algo inesperado salió mal. No se cambió nada; los detalles están en el registro.</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/unlock_page.py" line="+90" />
            <source>Locked at %1. Unlock to continue where you left off.</source>
            <translation>Bloqueado desde las %1: desbloquee para seguir donde lo dejó.</translation>
        </message>
    </context>
    <context>
        <name>Urgency</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-52" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acute</source>
            <translation>Aguda</translation>
        </message>
    </context>
    <context>
        <name>WithheldReason</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="+11" />
            <source>No consent for this recipient</source>
            <translation>Ningún consentimiento para este destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent not yet signed</source>
            <translation>Consentimiento aún no firmado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent expired</source>
            <translation>Consentimiento vencido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent revoked</source>
            <translation>Consentimiento revocado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose not allowed</source>
            <translation>Propósito no permitido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information not named</source>
            <translation>Información no nombrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SUD information not named</source>
            <translation>Información de TUS no nombrada</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../leaddesk/ui/workspace.py" line="+72" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Caseload</source>
            <translation>Casos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The participant you had open is no longer shared with your team; they were removed from this laptop.</source>
            <translation>El participante que tenía abierto ya no se comparte con su equipo; se eliminó de esta portátil.</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <location filename="../../leaddesk/ui/display.py" line="+124" />
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <location line="+23" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+6" />
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <location line="-3" />
            <source>is too long (at most %1 characters)</source>
            <translation>es demasiado largo (como máximo %1 caracteres)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Something went wrong and nothing was saved. (%1)</source>
            <translation>Algo salió mal y no se guardó nada. (%1)</translation>
        </message>
    </context>
    <context>
        <name>rule words</name>
        <message>
            <location filename="../../leaddesk/ui/rule_texts.py" line="+219" />
            <source>referred</source>
            <translation>derivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>engaged</source>
            <translation>vinculado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inactive</source>
            <translation>inactivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in the wind</source>
            <translation>en paradero desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exited</source>
            <translation>egresado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>engaged or exited</source>
            <translation>vinculado o egresado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active or inactive or in the wind or exited</source>
            <translation>activo, inactivo, en paradero desconocido o egresado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inactive or in the wind or exited</source>
            <translation>inactivo, en paradero desconocido o egresado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active or in the wind or exited</source>
            <translation>activo, en paradero desconocido o egresado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active or inactive or exited</source>
            <translation>activo, inactivo o egresado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the referral date</source>
            <translation>la fecha de derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the entry date</source>
            <translation>la fecha de ingreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the date of engagement</source>
            <translation>la fecha de vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the exit date</source>
            <translation>la fecha de egreso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an income source</source>
            <translation>una fuente de ingresos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a benefit</source>
            <translation>un beneficio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an insurance</source>
            <translation>un seguro</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <location line="-212" />
            <source>a consent cannot be revoked before it was signed</source>
            <translation>un consentimiento no puede revocarse antes de haberse firmado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a consent needs an expiry date or an expiry event</source>
            <translation>un consentimiento necesita una fecha de vencimiento o un evento de vencimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a custom period has no dates of its own: give its first and last day</source>
            <translation>un periodo personalizado no tiene fechas propias: indique su primer y último día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A decision names a participant who is not on this meeting's agenda.</source>
            <translation>Una decisión nombra a un participante que no está en la agenda de esta reunión.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a decision records who made it and when</source>
            <translation>una decisión registra quién la tomó y cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a decision still pending has no date</source>
            <translation>una decisión aún pendiente no tiene fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A deleted note takes no addendum.</source>
            <translation>Una nota eliminada no admite adendas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a disclosure names its recipient</source>
            <translation>una divulgación nombra a su destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a disclosure records at least one item that left</source>
            <translation>una divulgación registra al menos un elemento que se entregó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a full or approximate date of birth needs the date itself</source>
            <translation>una fecha de nacimiento completa o aproximada necesita la fecha misma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hand-off is marked met, could not locate or declined.</source>
            <translation>Un traspaso se marca como reunidos, no se pudo localizar o no quiso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a hand-off still pending has no time; a met, not located or declined one has the time it was marked</source>
            <translation>un traspaso aún pendiente no tiene hora; uno marcado como reunidos, no localizado o no quiso tiene la hora en que se marcó</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A legal-event update names another participant's event.</source>
            <translation>Una actualización de evento legal nombra el evento de otro participante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new participant starts as referred; change their status once their record exists.</source>
            <translation>Un participante nuevo empieza como derivado; cambie su estado cuando su expediente ya exista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A note is signed by a named person.</source>
            <translation>Una nota la firma una persona con nombre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a participant discussed by name before partners needs a consent</source>
            <translation>un participante del que se habla por su nombre ante socios necesita un consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a referral still pending has no date of acceptance</source>
            <translation>una derivación aún pendiente no tiene fecha de aceptación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A return needs the date of the new referral.</source>
            <translation>Un regreso necesita la fecha de la nueva derivación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a signature needs both who signed and when</source>
            <translation>una firma necesita quién firmó y cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the people attending the meeting before building its agenda.</source>
            <translation>Añada a las personas que asisten a la reunión antes de preparar su agenda.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an addendum needs text</source>
            <translation>una adenda necesita texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An empty note cannot be signed.</source>
            <translation>Una nota vacía no se puede firmar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an engaged episode needs its date of engagement</source>
            <translation>un episodio vinculado necesita su fecha de vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an episode with a date of engagement is no longer referred</source>
            <translation>un episodio con fecha de vinculación ya no está derivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an episode with an exit date, destination or reason is exited</source>
            <translation>un episodio con fecha, destino o motivo de egreso es un egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An exit needs the exit date and where the participant is going.</source>
            <translation>Un egreso necesita la fecha de egreso y a dónde va el participante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an exited episode needs its exit date</source>
            <translation>un episodio con egreso necesita su fecha de egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an exited episode needs the destination (HMIS 3.12)</source>
            <translation>un episodio con egreso necesita el destino (HMIS 3.12)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an exited participant needs an exit date</source>
            <translation>un participante egresado necesita una fecha de egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an open task has no completion time</source>
            <translation>una tarea abierta no tiene hora de finalización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Becoming engaged needs the date of engagement.</source>
            <translation>Pasar a vinculado necesita la fecha de vinculación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot be in the future</source>
            <translation>no puede estar en el futuro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>coordinates need both latitude and longitude</source>
            <translation>las coordenadas necesitan latitud y longitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>describe the information specifically; 'any and all' is not allowed</source>
            <translation>describa la información de forma específica; no se permite «toda y cualquier información»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each criterion is answered once</source>
            <translation>cada criterio se responde una sola vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each disability is listed once</source>
            <translation>cada discapacidad se indica una sola vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each kind of information is named once</source>
            <translation>cada tipo de información se nombra una sola vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each one is listed once</source>
            <translation>cada uno se indica una sola vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each precinct has one team on call</source>
            <translation>cada distrito tiene un equipo de guardia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each purpose is named once</source>
            <translation>cada propósito se nombra una sola vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each reason is named once</source>
            <translation>cada motivo se nombra una sola vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jail days are counted for a booking</source>
            <translation>los días en la cárcel se cuentan para un ingreso en la cárcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only a booking has a release</source>
            <translation>solo un ingreso en la cárcel tiene una liberación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only a criminal-justice consent has an irrevocable period</source>
            <translation>solo un consentimiento de justicia penal tiene un periodo irrevocable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only a disability answered yes can be long-term and impairing</source>
            <translation>solo una discapacidad respondida con sí puede ser de larga duración y limitante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a participant made by an officer's referral is merged this way.</source>
            <translation>Solo un participante creado por la derivación de un agente se une de esta manera.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a signed note takes an addendum; edit the unsigned note instead.</source>
            <translation>Solo una nota firmada admite adendas; edite la nota sin firmar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only an exited participant has an exit date</source>
            <translation>solo un participante egresado tiene fecha de egreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only someone employed has a type of employment</source>
            <translation>solo alguien con empleo tiene un tipo de empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only someone not employed has a reason for it</source>
            <translation>solo alguien sin empleo tiene un motivo para ello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The dashboard shows the teams you work with, and you work with none yet.</source>
            <translation>El panel muestra los equipos con los que usted trabaja, y usted aún no trabaja con ninguno.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say where the report goes: a PDF, a folder for its tables, or both.</source>
            <translation>Indique a dónde va el informe: un PDF, una carpeta para sus tablas, o ambos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the exit date cannot be before the engagement date</source>
            <translation>la fecha de egreso no puede ser anterior a la fecha de vinculación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the expiry cannot be before the signature</source>
            <translation>el vencimiento no puede ser anterior a la firma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the hand-off cannot come before the referral</source>
            <translation>el traspaso no puede ser anterior a la derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the irrevocable period cannot end before the signature</source>
            <translation>el periodo irrevocable no puede terminar antes de la firma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the outcome cannot come before the referral</source>
            <translation>el resultado no puede ser anterior a la derivación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PCG report and its tables are saved by a supervisor or an admin, for the teams they oversee; ask your supervisor for them.</source>
            <translation>El informe para el PCG y sus tablas los guarda un supervisor/a o un administrador/a, para los equipos que supervisa; pídaselos a su supervisor/a.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the period ends before it starts</source>
            <translation>el periodo termina antes de empezar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the release cannot come before the booking</source>
            <translation>la liberación no puede ser anterior al ingreso en la cárcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The status and its dates change with Change status…, which keeps the episode with them.</source>
            <translation>El estado y sus fechas se cambian con Cambiar estado…, que mantiene el episodio al día con ellos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The team and case manager change by reassigning the participant.</source>
            <translation>El equipo y el gestor/a de casos se cambian reasignando al participante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The time of the hand-off cannot be before the officer's referral: give the time it happened.</source>
            <translation>La hora del traspaso no puede ser anterior a la derivación del agente: indique la hora en que ocurrió.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The time of the hand-off cannot be in the future: give the time it happened.</source>
            <translation>La hora del traspaso no puede estar en el futuro: indique la hora en que ocurrió.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This consent is already revoked.</source>
            <translation>Este consentimiento ya está revocado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This participant has more than one open episode (made on two laptops at once); exit or delete the extra one before changing their status.</source>
            <translation>Este participante tiene más de un episodio abierto (creados en dos portátiles a la vez); registre el egreso o elimine el que sobra antes de cambiar su estado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This referral is already on that participant's record.</source>
            <translation>Esta derivación ya está en el expediente de ese participante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This referral's hand-off has already been marked (on another laptop, or a moment ago here); its record shows what and when.</source>
            <translation>El traspaso de esta derivación ya se marcó (en otro portátil, o hace un momento aquí); su expediente muestra qué y cuándo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>with a date of birth recorded, say whether it is full or approximate</source>
            <translation>con una fecha de nacimiento registrada, indique si es completa o aproximada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A profile name cannot hold control characters or line breaks.</source>
            <translation>El nombre de un perfil no puede contener caracteres de control ni saltos de línea.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A profile name cannot start or end with a space.</source>
            <translation>El nombre de un perfil no puede empezar ni terminar con un espacio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A profile name must be text.</source>
            <translation>El nombre de un perfil tiene que ser texto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An addendum belongs to a signed note of the same participant.</source>
            <translation>Una adenda pertenece a una nota firmada del mismo participante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An addendum is part of the signed record and cannot be deleted.</source>
            <translation>Una adenda es parte del expediente firmado y no se puede eliminar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An episode's status is changed with Change status…, not by correcting the episode.</source>
            <translation>El estado de un episodio se cambia con Cambiar estado…, no corrigiendo el episodio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing could be written: the database on this laptop may be damaged. It has been left as it is; ask your IT administrator.</source>
            <translation>No se pudo escribir nada: la base de datos de este portátil puede estar dañada. Se ha dejado tal como está; consulte a su administrador de TI.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing could be written: the database on this laptop may be damaged. It has been left as it is; ask your IT administrator. The profile is locked all the same.</source>
            <translation>No se pudo escribir nada: la base de datos de este portátil puede estar dañada. Se ha dejado tal como está; consulte a su administrador de TI. El perfil se ha bloqueado de todos modos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That is not a recovery key: it has 32 letters and digits in 8 groups.</source>
            <translation>Eso no es una clave de recuperación: tiene 32 letras y dígitos en 8 grupos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That recovery key is not right for this profile.</source>
            <translation>Esa clave de recuperación no es la de este perfil.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This conflict has been resolved already.</source>
            <translation>Este conflicto ya se resolvió.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This could not be read: the database on this laptop is damaged. It has been left as it is; ask your IT administrator.</source>
            <translation>No se pudo leer: la base de datos de este portátil está dañada. Se ha dejado tal como está; consulte a su administrador de TI.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This kind of record is not known to this version of LEAD Desk.</source>
            <translation>Esta versión de LEAD Desk no conoce este tipo de registro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This profile has no recovery key.</source>
            <translation>Este perfil no tiene clave de recuperación.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 cannot be before %2</source>
            <translation>%1 no puede ser anterior a %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is already %2.</source>
            <translation>%1 ya está %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be in the future</source>
            <translation>%1 no puede estar en el futuro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is %2: from there they can become %3, not %4.</source>
            <translation>%1 está %2: desde ahí puede pasar a %3, no a %4.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 has exited: they can only return, as referred, in a new episode — not become %2 directly.</source>
            <translation>%1 ha egresado: solo puede regresar, como derivado, en un episodio nuevo — no pasar a %2 directamente.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A return cannot start before the last episode ended (%1).</source>
            <translation>Un regreso no puede empezar antes de que terminara el último episodio (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 has no date of engagement on record; give it with this change.</source>
            <translation>%1 no tiene fecha de vinculación registrada; indíquela con este cambio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this criminal-justice consent cannot be revoked before %1</source>
            <translation>este consentimiento de justicia penal no se puede revocar antes del %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This criminal-justice consent cannot be revoked before %1.</source>
            <translation>Este consentimiento de justicia penal no se puede revocar antes del %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot be before %1</source>
            <translation>no puede ser anterior al %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the caseload standard (%1) is above the maximum (%2)</source>
            <translation>la carga de casos estándar (%1) supera la carga máxima (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is listed, so the answer is yes</source>
            <translation>figura %1 en la lista, así que la respuesta es sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a disclosure records at most %1 items</source>
            <translation>una divulgación registra como máximo %1 elementos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You cannot assign participants to team %1; choose one of yours.</source>
            <translation>No puede asignar participantes al equipo %1; elija uno de los suyos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not on the staff of team %2; choose one of its case managers.</source>
            <translation>%1 no forma parte del personal del equipo %2; elija a uno de sus gestores/as de casos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not one of the program's partner agencies. Choose the agency from the program's list, or ask the office to add it.</source>
            <translation>%1 no es una de las agencias asociadas del programa. Elija la agencia de la lista del programa o pida a la oficina que la agregue.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was written to %1.</source>
            <translation>No se escribió nada en %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1's record has been taken on since the referral arrived, so it is not merged here: ask a supervisor to combine the two records.</source>
            <translation>El expediente de %1 ya lo ha asumido alguien desde que llegó la derivación, así que no se une aquí: pida a un supervisor/a que combine los dos expedientes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1's record already holds more than the referral (notes, contacts or other records), which a merge here would lose: ask a supervisor to combine the two records.</source>
            <translation>El expediente de %1 ya contiene más que la derivación (notas, contactos u otros registros), que una unión aquí perdería: pida a un supervisor/a que combine los dos expedientes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The report could not be written to %1 (%2); choose another place, one you may write to.</source>
            <translation>No se pudo escribir el informe en %1 (%2); elija otro lugar, uno en el que pueda escribir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The dashboard shows the teams you work with (%1); choose one of them instead of %2.</source>
            <translation>El panel muestra los equipos con los que usted trabaja (%1); elija uno de ellos en lugar de %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A profile name must be 1 to %1 characters long.</source>
            <translation>El nombre de un perfil debe tener de 1 a %1 caracteres.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LEAD Desk's preferences in %1 cannot be read (%2); saving a preference again replaces the file.</source>
            <translation>Las preferencias de LEAD Desk en %1 no se pueden leer (%2); al guardar de nuevo una preferencia, el archivo se reemplaza.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>LEAD Desk's preferences in %1 are not a list of named choices; saving a preference again replaces the file.</source>
            <translation>Las preferencias de LEAD Desk en %1 no son una lista de opciones con nombre; al guardar de nuevo una preferencia, el archivo se reemplaza.</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <location filename="../../leaddesk/ui/sync/conflicts_model.py" line="+33" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+18" />
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../leaddesk/ui/sync/history_model.py" line="+123" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/history_model.py" line="+1" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="+142" />
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="+1" />
            <source>Theirs</source>
            <translation>Suyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <location line="-55" />
            <source>(removed)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="-92" />
            <source>%1 value</source>
            <translation>Valor: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, written by</source>
            <translation>%1, escrito por</translation>
        </message>
        <message>
            <location line="+20" />
            <source>in force now</source>
            <translation>vigente ahora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>set aside</source>
            <translation>apartado</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Open conflicts</source>
            <translation>Conflictos abiertos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No conflicts. When two people change the same thing before either has synced, both values appear here side by side and you choose which one is right.</source>
            <translation>No hay conflictos. Cuando dos personas cambian lo mismo antes de que ninguna haya sincronizado, ambos valores aparecen aquí lado a lado y usted elige cuál es el correcto.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+85" />
            <source>Keep mine</source>
            <translation>Conservar el mío</translation>
        </message>
        <message>
            <location line="-84" />
            <location line="+84" />
            <source>Keep theirs</source>
            <translation>Conservar el suyo</translation>
        </message>
        <message>
            <location line="-80" />
            <source>This note is signed, so it keeps the text that was signed. The other text was written before the signature reached it; whoever wrote it can add it to the note as their own addendum if it is still needed.</source>
            <translation>Esta nota está firmada, así que conserva el texto que se firmó. El otro texto se escribió antes de que le llegara la firma; quien lo escribió puede añadirlo a la nota como su propia adenda si todavía hace falta.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Why this change was set aside</source>
            <translation>Por qué se apartó este cambio</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The right value</source>
            <translation>El valor correcto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or type the right value</source>
            <translation>O escriba el valor correcto</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Use this value</source>
            <translation>Usar este valor</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merged with a change made elsewhere, this change would break a rule of the record (%1). It was set aside whole: keep the record as it is, or apply the set-aside change (correct the record first if the rule still stands in its way).</source>
            <translation>Combinado con un cambio hecho en otro lugar, este cambio rompería una regla del registro (%1). Se apartó entero: conserve el registro como está o aplique el cambio apartado (corrija antes el registro si la regla aún lo impide).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep as signed</source>
            <translation>Conservar lo firmado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add as my addendum</source>
            <translation>Añadir como mi adenda</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/connect_dialog.py" line="+44" />
            <source>Type the server's address as IT gave it, e.g. https://sync.example.org</source>
            <translation>Escriba la dirección del servidor tal como se la dio TI, p. ej., https://sync.example.org</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The address must start with https:// so that records travel encrypted.</source>
            <translation>La dirección debe empezar por https:// para que los registros viajen cifrados.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+1" />
            <source>Connect to the office</source>
            <translation>Conectar con la oficina</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Your program's IT gives you the server's address and a one-time enrolment code for this laptop. Records stay encrypted here; only your team's records are ever synced to it.</source>
            <translation>El departamento de TI de su programa le da la dirección del servidor y un código de inscripción de un solo uso para esta portátil. Los registros siguen cifrados aquí; solo se sincronizan con él los registros de su equipo.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+19" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+17" />
            <source>Enrolment code</source>
            <translation>Código de inscripción</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+16" />
            <source>This laptop's name</source>
            <translation>Nombre de esta portátil</translation>
        </message>
        <message>
            <location line="-15" />
            <source>How IT sees this laptop in its device list</source>
            <translation>Cómo ve TI esta portátil en su lista de equipos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Optional: the organisation's CA certificates (.pem)</source>
            <translation>Opcional: los certificados de CA de la organización (.pem)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CA bundle file</source>
            <translation>Archivo de certificados de CA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a CA bundle file</source>
            <translation>Elegir un archivo de certificados de CA</translation>
        </message>
        <message>
            <location line="+9" />
            <source>CA bundle</source>
            <translation>Certificados de CA</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+2" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The organisation's CA bundle</source>
            <translation>Los certificados de CA de la organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The CA bundle file cannot be found: %1</source>
            <translation>No se encuentra el archivo de certificados de CA: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/coordinator.py" line="+80" />
            <source>Disconnect this laptop from the office server? Its records stay here, encrypted, and you can connect again later with a new code from IT.</source>
            <translation>¿Desconectar esta portátil del servidor de la oficina? Sus registros se quedan aquí, cifrados, y puede volver a conectarla más tarde con un código nuevo de TI.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Not sent yet: %n change(s). They stay on this laptop and go up once it is connected again.</source>
            <translation>
                <numerusform>Aún sin enviar: %n cambio. Se queda en esta portátil y se sube cuando vuelva a estar conectada.</numerusform>
                <numerusform>Aún sin enviar: %n cambios. Se quedan en esta portátil y se suben cuando vuelva a estar conectada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Disconnect this laptop</source>
            <translation>Desconectar esta portátil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disconnect</source>
            <translation>Desconectar</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The office server asks to remove %1 of the %2 participants on this laptop, for example after a change of teams. Nothing has been removed yet. Participants with unsent work are kept until it has gone up.</source>
            <translation>El servidor de la oficina pide quitar %1 de los %2 participantes de esta portátil, por ejemplo tras un cambio de equipos. Aún no se ha quitado nada. Los participantes con trabajo sin enviar se conservan hasta que se haya subido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Remove participants from this laptop?</source>
            <translation>¿Quitar participantes de esta portátil?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove them and sync</source>
            <translation>Quitarlos y sincronizar</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/history_model.py" line="-103" />
            <source>Failed</source>
            <translation>Falló</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Synced</source>
            <translation>Sincronizada</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n conflict(s) found</source>
            <translation>
                <numerusform>%n conflicto encontrado</numerusform>
                <numerusform>%n conflictos encontrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n participant(s) left this laptop</source>
            <translation>
                <numerusform>%n participante salió de esta portátil</numerusform>
                <numerusform>%n participantes salieron de esta portátil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n kept here for unsent work</source>
            <translation>
                <numerusform>%n se conserva aquí por trabajo sin enviar</numerusform>
                <numerusform>%n se conservan aquí por trabajo sin enviar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n file(s) moved</source>
            <translation>
                <numerusform>%n archivo movido</numerusform>
                <numerusform>%n archivos movidos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>the office server refused this laptop's audit trail (changed or incomplete): records still sync, but tell your IT administrator</source>
            <translation>el servidor de la oficina rechazó el registro de auditoría de esta portátil (cambiado o incompleto): los registros siguen sincronizándose, pero avise a su administrador de TI</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>the office server had been restored from an older backup: everything was fetched again, and %n change(s) of yours it had lost were sent again; tell your IT administrator</source>
            <translation>
                <numerusform>el servidor de la oficina se restauró desde una copia de seguridad anterior: se descargó todo de nuevo y se volvió a enviar %n cambio suyo que el servidor había perdido; avise a su administrador de TI</numerusform>
                <numerusform>el servidor de la oficina se restauró desde una copia de seguridad anterior: se descargó todo de nuevo y se volvieron a enviar %n cambios suyos que el servidor había perdido; avise a su administrador de TI</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n change(s) of yours the office server lacked were sent again</source>
            <translation>
                <numerusform>se volvió a enviar %n cambio suyo que el servidor de la oficina no tenía</numerusform>
                <numerusform>se volvieron a enviar %n cambios suyos que el servidor de la oficina no tenía</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>the rest goes next time</source>
            <translation>el resto va la próxima vez</translation>
        </message>
        <message>
            <location line="+12" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Enviados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Came down</source>
            <translation>Recibidos</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+39" />
            <location filename="../../leaddesk/ui/sync/page.py" line="+66" />
            <source>Refused</source>
            <translation>Rechazados</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n record(s) changed here; %1 received in all</source>
            <translation>
                <numerusform>%n registro cambiado aquí; %1 recibidos en total</numerusform>
                <numerusform>%n registros cambiados aquí; %1 recibidos en total</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(not on this laptop)</source>
            <translation>(no está en esta portátil)</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/page.py" line="-14" />
            <source>Sync with the office</source>
            <translation>Sincronizar con la oficina</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+101" />
            <source>Sync state</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+65" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+4" />
            <source>Send and fetch changes now (F5)</source>
            <translation>Enviar y recibir cambios ahora (F5)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="-60" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+3" />
            <source>Stop after the current step; what has been sent stays sent</source>
            <translation>Parar después del paso actual; lo enviado queda enviado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+53" />
            <source>Connect to office…</source>
            <translation>Conectar con la oficina…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol this laptop with a code from IT</source>
            <translation>Inscribir esta portátil con un código de TI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Disconnect this laptop…</source>
            <translation>Desconectar esta portátil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop syncing; the records stay on this laptop, encrypted, with any unsent changes</source>
            <translation>Dejar de sincronizar; los registros se quedan en esta portátil, cifrados, con los cambios sin enviar</translation>
        </message>
        <message>
            <location line="-28" />
            <location line="+45" />
            <source>Recent syncs</source>
            <translation>Sincronizaciones recientes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Changes the server refused</source>
            <translation>Cambios que rechazó el servidor</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The server would not store these changes, for the reason shown, so they were undone on this laptop. They are kept here so nothing is lost: re-apply one once what stood in its way is put right, or dismiss it.</source>
            <translation>El servidor no quiso guardar estos cambios, por el motivo indicado, así que se deshicieron en esta portátil. Se conservan aquí para que no se pierda nada: vuelva a aplicar uno cuando se haya corregido lo que lo impedía, o descártelo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dismiss selected</source>
            <translation>Descartar seleccionado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I have dealt with this refused change</source>
            <translation>Ya me he ocupado de este cambio rechazado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re-apply selected</source>
            <translation>Volver a aplicar el seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make this refused change again, as a new edit</source>
            <translation>Hacer de nuevo este cambio rechazado, como una edición nueva</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Sync details</source>
            <translation>Detalles de la sincronización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+98" />
            <source>This laptop is not connected to an office server. Everything is kept here, encrypted; connect with the address and enrolment code IT gives you.</source>
            <translation>Esta portátil no está conectada a un servidor de la oficina. Todo se guarda aquí, cifrado; conéctese con la dirección y el código de inscripción que le da TI.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no team yet</source>
            <translation>aún sin equipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Syncing with %1 as %2 (%3; teams: %4).</source>
            <translation>Sincronizando con %1 como %2 (%3; equipos: %4).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Conflicts (%1)</source>
            <translation>Conflictos (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused (%1)</source>
            <translation>Rechazados (%1)</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="-125" />
            <source>last synced %1</source>
            <translation>última sincronización %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>never synced</source>
            <translation>nunca sincronizado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offline — not connected to a server</source>
            <translation>Sin conexión — no conectado a un servidor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Offline — %1</source>
            <translation>Sin conexión — %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync failed — %1</source>
            <translation>Falló la sincronización — %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This laptop was revoked by IT</source>
            <translation>TI revocó esta portátil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced at %1</source>
            <translation>Sincronizado a las %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected — not synced yet</source>
            <translation>Conectado — aún sin sincronizar</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflicto por resolver</numerusform>
                <numerusform>%n conflictos por resolver</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Syncing… sent %1 of %2</source>
            <translation>Sincronizando… enviados %1 de %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent %1</source>
            <translation>enviados %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>received %1</source>
            <translation>recibidos %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Syncing… %1, %2</source>
            <translation>Sincronizando… %1, %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sync progress</source>
            <translation>Progreso de la sincronización</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cancel the sync</source>
            <translation>Cancelar la sincronización</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Open the conflicts, to choose which value is right</source>
            <translation>Abrir los conflictos para elegir qué valor es el correcto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opens the conflicts in the sync panel</source>
            <translation>Abre los conflictos en el panel de sincronización</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Connect this laptop to the office server</source>
            <translation>Conectar esta portátil al servidor de la oficina</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/wording.py" line="+30" />
            <source>The server's security certificate is not trusted by this laptop. If your organisation uses its own certificates, ask IT for its CA bundle and choose it when connecting.</source>
            <translation>Esta portátil no confía en el certificado de seguridad del servidor. Si su organización usa sus propios certificados, pida a TI sus certificados de CA y elíjalos al conectar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The office server cannot be reached. Your work is kept here and goes up later.</source>
            <translation>No se puede llegar al servidor de la oficina. Su trabajo se guarda aquí y se sube más tarde.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This enrolment code has expired. Ask IT for a new one.</source>
            <translation>Este código de inscripción ha caducado. Pida uno nuevo a TI.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This enrolment code is not known or has been used already. Check it for typing mistakes, or ask IT for a new one.</source>
            <translation>Este código de inscripción no se conoce o ya se usó. Compruebe si tiene errores de escritura o pida uno nuevo a TI.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The office server no longer recognises this laptop. Connect it again with a new code.</source>
            <translation>El servidor de la oficina ya no reconoce esta portátil. Conéctela de nuevo con un código nuevo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This laptop is not connected to an office server yet.</source>
            <translation>Esta portátil aún no está conectada a un servidor de la oficina.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The office server's answer could not be understood; the app may need an update.</source>
            <translation>No se pudo entender la respuesta del servidor de la oficina; puede que la aplicación necesite una actualización.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The office server has a problem right now. Your work is kept here; try again later.</source>
            <translation>El servidor de la oficina tiene un problema ahora mismo. Su trabajo se guarda aquí; inténtelo más tarde.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The office server refused the sync: %1</source>
            <translation>El servidor de la oficina rechazó la sincronización: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sync stopped with an unexpected error (%1). Your work is kept here.</source>
            <translation>La sincronización se detuvo por un error inesperado (%1). Su trabajo se guarda aquí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>nothing waiting to sync</source>
            <translation>nada por sincronizar</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n cambio por sincronizar</numerusform>
                <numerusform>%n cambios por sincronizar</numerusform>
            </translation>
        </message>
    </context>
</TS>
