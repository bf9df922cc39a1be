<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountService</name>
    <message>
        <source>The user name or the password is not right; check both and try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos; revise ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many failed log-ins: the account &quot;%1&quot; is locked. Try again in %2, or ask an admin to unlock it.</source>
        <translation>Demasiados inicios de sesión fallidos: la cuenta &quot;%1&quot; está bloqueada. Inténtelo de nuevo dentro de %2 o pida a un administrador que la desbloquee.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters; a short phrase is easier to remember.</source>
        <translation>Una contraseña necesita al menos %1 caracteres; una frase corta es más fácil de recordar.</translation>
    </message>
    <message>
        <source>A user needs a name to log in with.</source>
        <translation>Un usuario necesita un nombre para iniciar sesión.</translation>
    </message>
    <message>
        <source>There is no user number %1.</source>
        <translation>No existe el usuario número %1.</translation>
    </message>
    <message>
        <source>%1 is the only active admin and cannot be %2; make another user an admin first.</source>
        <translation>%1 es el único administrador activo y no puede %2; haga administrador a otro usuario primero.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; an admin can enable it again.</source>
        <translation>La cuenta &quot;%1&quot; está desactivada; un administrador puede volver a activarla.</translation>
    </message>
    <message>
        <source>This database already has an admin; an admin adds further users.</source>
        <translation>Esta base de datos ya tiene un administrador; el administrador agrega a los demás usuarios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a %2; choose another name for the first admin.</source>
        <translation>&quot;%1&quot; ya es %2; elija otro nombre para el primer administrador.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un usuario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The current password is not right; the password was not changed.</source>
        <translation>La contraseña actual no es correcta; no se cambió la contraseña.</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1 debe estar entre %2 y %3, no %4.</translation>
    </message>
    <message>
        <source>The idle lock, in minutes,</source>
        <translation>El bloqueo por inactividad, en minutos,</translation>
    </message>
    <message>
        <source>The failed log-ins that lock an account</source>
        <translation>El número de inicios de sesión fallidos que bloquea una cuenta</translation>
    </message>
    <message>
        <source>The lock-out, in minutes,</source>
        <translation>El bloqueo de la cuenta, en minutos,</translation>
    </message>
    <message>
        <source>The password hashing passes (opslimit)</source>
        <translation>Las pasadas del cifrado de contraseñas (opslimit)</translation>
    </message>
    <message>
        <source>The password hashing memory in bytes (memlimit)</source>
        <translation>La memoria del cifrado de contraseñas en bytes (memlimit)</translation>
    </message>
    <message>
        <source>made a %1</source>
        <extracomment>Completes &quot;%1 is the only active admin and cannot be %2&quot;; %1 is a role.</extracomment>
        <translation>pasar a tener el rol de %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>Completes &quot;%1 is the only active admin and cannot be %2&quot;.</extracomment>
        <translation>ser desactivado</translation>
    </message>
    <message>
        <source>There is no center number %1.</source>
        <translation>No hay ningún centro número %1.</translation>
    </message>
    <message>
        <source>Choose at least one center the user works at, or every center.</source>
        <translation>Elija al menos un centro donde trabaja el usuario, o todos los centros.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>En el sillón</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrada por error</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Log-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Account locked after failed log-ins</source>
        <translation>Cuenta bloqueada tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Pantalla desbloqueada</translation>
    </message>
    <message>
        <source>Patient record opened</source>
        <translation>Expediente del paciente abierto</translation>
    </message>
    <message>
        <source>Patient added</source>
        <translation>Paciente agregado</translation>
    </message>
    <message>
        <source>Prescriber&apos;s order added</source>
        <translation>Orden médica agregada</translation>
    </message>
    <message>
        <source>Insurance coverage added</source>
        <translation>Cobertura del seguro agregada</translation>
    </message>
    <message>
        <source>Eligibility verified</source>
        <translation>Elegibilidad verificada</translation>
    </message>
    <message>
        <source>Prior authorization added</source>
        <translation>Autorización previa agregada</translation>
    </message>
    <message>
        <source>Patient record corrected</source>
        <translation>Expediente del paciente corregido</translation>
    </message>
    <message>
        <source>Prescriber&apos;s order changed</source>
        <translation>Orden médica cambiada</translation>
    </message>
    <message>
        <source>Insurance coverage changed</source>
        <translation>Cobertura del seguro cambiada</translation>
    </message>
    <message>
        <source>Prior authorization changed</source>
        <translation>Autorización previa cambiada</translation>
    </message>
    <message>
        <source>Check-in decided</source>
        <translation>Registro de llegada decidido</translation>
    </message>
    <message>
        <source>Admitted to a chair</source>
        <translation>Admitido a un sillón</translation>
    </message>
    <message>
        <source>Check-in refusal overridden</source>
        <translation>Rechazo del registro de llegada anulado</translation>
    </message>
    <message>
        <source>Emergency access (break glass)</source>
        <translation>Acceso de emergencia (romper el cristal)</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Cita programada</translation>
    </message>
    <message>
        <source>Appointment rescheduled</source>
        <translation>Cita reprogramada</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Marcado como no se presentó</translation>
    </message>
    <message>
        <source>Infusion started</source>
        <translation>Infusión iniciada</translation>
    </message>
    <message>
        <source>Infusion completed</source>
        <translation>Infusión completada</translation>
    </message>
    <message>
        <source>Dose preparation recorded</source>
        <translation>Preparación de la dosis registrada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario cambiado</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Política cambiada</translation>
    </message>
    <message>
        <source>Setup changed</source>
        <translation>Configuración cambiada</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <source>Interface message received</source>
        <translation>Mensaje de interfaz recibido</translation>
    </message>
    <message>
        <source>Interface mapping changed</source>
        <translation>Correspondencia de interfaz cambiada</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Copia de seguridad de la base de datos hecha</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Base de datos restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Confirmation call recorded</source>
        <translation>Llamada de confirmación registrada</translation>
    </message>
    <message>
        <source>Reply to a reminder recorded</source>
        <translation>Respuesta a un recordatorio registrada</translation>
    </message>
    <message>
        <source>Report viewed</source>
        <translation>Informe consultado</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Keep daily backups from %1 to %2 days, not %3.</source>
        <translation>Conserve las copias diarias de %1 a %2 días, no %3.</translation>
    </message>
    <message>
        <source>Name the backup folder by its full path (for example /srv/chairside/backups), not &quot;%1&quot;.</source>
        <translation>Indique la carpeta de copias con su ruta completa (por ejemplo /srv/chairside/backups), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written.</source>
        <translation>No se puede crear la carpeta %1 ni escribir en ella.</translation>
    </message>
    <message>
        <source>The daily backup could not make its folder %1. Choose another in Settings, Backups.</source>
        <translation>La copia diaria no pudo crear su carpeta %1. Elija otra en Configuración, Copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>No existe el paciente número %1.</translation>
    </message>
    <message>
        <source>There is no therapy number %1.</source>
        <translation>No existe la terapia número %1.</translation>
    </message>
    <message>
        <source>The start time is missing or not a time.</source>
        <translation>Falta la hora de inicio o no es una hora.</translation>
    </message>
    <message>
        <source>%1 %2 has already passed; choose a later time.</source>
        <translation>%1 %2 ya pasó; elija una hora posterior.</translation>
    </message>
    <message>
        <source>That chair is not at %1.</source>
        <translation>Ese sillón no está en %1.</translation>
    </message>
    <message>
        <source>Chair %1 is out of service.</source>
        <translation>El sillón %1 está fuera de servicio.</translation>
    </message>
    <message>
        <source>Chair %1 is taken from %2 to %3 by appointment %4.</source>
        <translation>El sillón %1 está ocupado de %2 a %3 por la cita %4.</translation>
    </message>
    <message>
        <source>No chair at %1 is free from %2 to %3.</source>
        <translation>Ningún sillón de %1 está libre de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is already booked at that time (appointment %2 at %3).</source>
        <translation>%1 ya tiene una cita a esa hora (cita %2 a las %3).</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No existe la cita número %1.</translation>
    </message>
    <message>
        <source>Appointment %1 belongs to another patient.</source>
        <translation>La cita %1 es de otro paciente.</translation>
    </message>
    <message>
        <source>Appointment %1 has already been replaced by another booking.</source>
        <translation>La cita %1 ya fue sustituida por otra.</translation>
    </message>
    <message>
        <source>the center is closed on %1s</source>
        <extracomment>Why a time cannot be booked; %1 is a weekday&apos;s name.</extracomment>
        <translation>el centro está cerrado el %1</translation>
    </message>
    <message>
        <source>%1 hours are %2</source>
        <extracomment>A weekday&apos;s opening hours: &quot;Saturday hours are 08:00-14:00&quot;.</extracomment>
        <translation>el horario del %1 es %2</translation>
    </message>
    <message>
        <source>%1 is closed for part of %2 %3-%4 (%5 minutes of %6): %7.</source>
        <translation>%1 está cerrado durante parte de %2 %3-%4 (%5 minutos de %6): %7.</translation>
    </message>
</context>
<context>
    <name>BookingWindow</name>
    <message>
        <source>There is no prescriber&apos;s order for this therapy; the prescriber must send one.</source>
        <translation>No hay orden médica para esta terapia; el médico que la receta debe enviar una.</translation>
    </message>
    <message>
        <source>Every dose of the prescriber&apos;s order (valid to %1) has been used; the prescriber must renew it.</source>
        <translation>Ya se usaron todas las dosis de la orden médica (válida hasta %1); el médico debe renovarla.</translation>
    </message>
    <message>
        <source>The prescriber&apos;s order lapsed on %1; the prescriber must renew it.</source>
        <translation>La orden médica venció el %1; el médico debe renovarla.</translation>
    </message>
    <message>
        <source>No prescriber&apos;s order is valid on %1; the prescriber must send one that covers it.</source>
        <translation>Ninguna orden médica es válida el %1; el médico debe enviar una que cubra esa fecha.</translation>
    </message>
    <message>
        <source>There is no prior authorization for this therapy; the payer must approve one.</source>
        <translation>No hay autorización previa para esta terapia; la aseguradora debe aprobar una.</translation>
    </message>
    <message>
        <source>The prior authorization is still pending with %1.</source>
        <translation>La autorización previa sigue pendiente con %1.</translation>
    </message>
    <message>
        <source>The prior authorization was denied by %1.</source>
        <translation>%1 negó la autorización previa.</translation>
    </message>
    <message>
        <source>Every visit of the prior authorization (valid to %1) has been used; the payer must approve more.</source>
        <translation>Ya se usaron todas las visitas de la autorización previa (válida hasta %1); la aseguradora debe aprobar más.</translation>
    </message>
    <message>
        <source>The prior authorization expired on %1; the payer must renew it.</source>
        <translation>La autorización previa venció el %1; la aseguradora debe renovarla.</translation>
    </message>
    <message>
        <source>No prior authorization covers %1; the payer must approve one that does.</source>
        <translation>Ninguna autorización previa cubre el %1; la aseguradora debe aprobar una que lo cubra.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Give the first day of the list.</source>
        <translation>Indique el primer día de la lista.</translation>
    </message>
    <message>
        <source>The call list covers 1 to %1 days.</source>
        <translation>La lista de llamadas abarca de 1 a %1 días.</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Se dejó un mensaje</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Wants to reschedule</source>
        <translation>Quiere cambiar la cita</translation>
    </message>
</context>
<context>
    <name>CapacityService</name>
    <message>
        <source>%1 of %2 is not possible; give a number from %3 to %4.</source>
        <translation>%1 de %2 no es posible; indique un número de %3 a %4.</translation>
    </message>
    <message>
        <source>Infusion starts per nurse in 15 minutes</source>
        <translation>Inicios de infusión por enfermera en 15 minutos</translation>
    </message>
    <message>
        <source>Patients per nurse</source>
        <translation>Pacientes por enfermera</translation>
    </message>
    <message>
        <source>Nurses on shift</source>
        <translation>Enfermeras de turno</translation>
    </message>
    <message>
        <source>There is no center number %1.</source>
        <translation>No hay ningún centro con el número %1.</translation>
    </message>
</context>
<context>
    <name>Chair</name>
    <message>
        <source>suite</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>sillón</translation>
    </message>
</context>
<context>
    <name>CheckInEngine</name>
    <message>
        <source>another of our centers</source>
        <translation>otro de nuestros centros</translation>
    </message>
    <message>
        <source> We need to book you a new time.</source>
        <translation> Necesitamos darle una cita nueva.</translation>
    </message>
    <message>
        <source> at </source>
        <translation> en </translation>
    </message>
    <message>
        <source> %1 %2%3; please come back then.</source>
        <translation> %1 %2%3; por favor, vuelva entonces.</translation>
    </message>
    <message>
        <source>Your infusion for today has already been given.</source>
        <translation>Ya recibió su infusión de hoy.</translation>
    </message>
    <message>
        <source>You have no appointment with us today, so no infusion has been prepared for you.</source>
        <translation>No tiene cita con nosotros hoy, así que no se preparó ninguna infusión para usted.</translation>
    </message>
    <message>
        <source> %1%2; please come back then.</source>
        <translation> %1%2; por favor, vuelva entonces.</translation>
    </message>
    <message>
        <source> You have no appointment booked; the desk will book one with you.</source>
        <translation> No tiene ninguna cita programada; en recepción le daremos una.</translation>
    </message>
    <message>
        <source>Your appointment %1 was cancelled.</source>
        <translation>Su cita (%1) fue cancelada.</translation>
    </message>
    <message>
        <source>Your next appointment is</source>
        <translation>Su próxima cita es</translation>
    </message>
    <message>
        <source>Your appointment %1 was recorded as missed, and its chair and dose have gone to others; we need to book you a new time.</source>
        <translation>Su cita (%1) quedó registrada como no presentada, y su sillón y su dosis se asignaron a otros pacientes; necesitamos darle una cita nueva.</translation>
    </message>
    <message>
        <source>You are booked %1 at %2, not here at %3; your infusion is prepared there.</source>
        <translation>Su cita es %1 en %2, no aquí en %3; su infusión está preparada allí.</translation>
    </message>
    <message>
        <source>Your appointment is %1; please come back then.</source>
        <translation>Su cita es %1; por favor, vuelva entonces.</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>infusión</translation>
    </message>
    <message>
        <source>your chair</source>
        <translation>su sillón</translation>
    </message>
    <message>
        <source>Your infusion is already under way in %1.</source>
        <translation>Su infusión ya está en curso en %1.</translation>
    </message>
    <message>
        <source>You are already checked in (since %1); please go to %2.</source>
        <translation>Ya está registrado (desde las %1); por favor, pase a %2.</translation>
    </message>
    <message>
        <source>Your appointment is today at %1 and check-in opens at %2; please take a seat or come back then.</source>
        <translation>Su cita es hoy a las %1 y el registro de llegada empieza a las %2; por favor, tome asiento o vuelva a esa hora.</translation>
    </message>
    <message>
        <source>Your appointment was at %1, %2 ago, and we can hold a chair only %3; we need to book you a new time.</source>
        <translation>Su cita era a las %1, hace %2, y solo podemos reservar un sillón durante %3; necesitamos darle una cita nueva.</translation>
    </message>
    <message>
        <source>You are %1 late for your %2 appointment, within our %3 grace period; you can still be seen.</source>
        <translation>Llegó %1 tarde a su cita de las %2, dentro de nuestro período de gracia %3; todavía podemos atenderle.</translation>
    </message>
    <message>
        <source>%1-minute</source>
        <translation>de %1 minutos</translation>
    </message>
    <message>
        <source>Order%1 valid until %2: %3 of %4 doses left</source>
        <translation>Orden médica%1 vigente hasta el %2: quedan %3 de %4 dosis</translation>
    </message>
    <message>
        <source> from </source>
        <translation> de </translation>
    </message>
    <message>
        <source>All %1 doses on your prescriber&apos;s order for %2 have been given; your prescriber must renew the order before we can infuse you.</source>
        <translation>Ya se administraron las %1 dosis de la orden médica para %2; su médico debe renovar la orden antes de que podamos administrarle la infusión.</translation>
    </message>
    <message>
        <source>Order used up: all %1 doses given; the prescriber must renew it</source>
        <translation>Orden agotada: se administraron las %1 dosis; el médico debe renovarla</translation>
    </message>
    <message>
        <source>Your prescriber&apos;s order for %1 ran out on %2; your prescriber must renew it before we can infuse you.</source>
        <translation>La orden médica para %1 venció el %2; su médico debe renovarla antes de que podamos administrarle la infusión.</translation>
    </message>
    <message>
        <source>Order expired on %1; the prescriber must renew it</source>
        <translation>Orden vencida el %1; el médico debe renovarla</translation>
    </message>
    <message>
        <source>Your prescriber&apos;s order for %1 starts only on %2; we need to book you a new time from then.</source>
        <translation>La orden médica para %1 empieza a valer el %2; necesitamos darle una cita nueva a partir de esa fecha.</translation>
    </message>
    <message>
        <source>No order valid today: the next starts on %1</source>
        <translation>Ninguna orden vigente hoy: la próxima empieza el %1</translation>
    </message>
    <message>
        <source>We have no prescriber&apos;s order for your %1; your prescriber must send one before we can infuse you.</source>
        <translation>No tenemos una orden médica para su %1; su médico debe enviarnos una antes de que podamos administrarle la infusión.</translation>
    </message>
    <message>
        <source>No prescriber&apos;s order on file for %1</source>
        <translation>No hay orden médica registrada para %1</translation>
    </message>
    <message>
        <source>Approved%1 until %2: %3 of %4 visits left</source>
        <translation>Aprobada%1 hasta el %2: quedan %3 de %4 visitas</translation>
    </message>
    <message>
        <source> by </source>
        <translation> por </translation>
    </message>
    <message>
        <source>Your insurance</source>
        <translation>Su seguro</translation>
    </message>
    <message>
        <source>Your insurance (%1)</source>
        <translation>Su seguro (%1)</translation>
    </message>
    <message>
        <source>the payer</source>
        <translation>la aseguradora</translation>
    </message>
    <message>
        <source>%1 approved %2 for %3, and they have all been used; it must approve more before we can infuse you.</source>
        <translation>%1 aprobó %2 para %3 y ya se usaron todas; debe aprobar más antes de que podamos administrarle la infusión.</translation>
    </message>
    <message>
        <source>Authorization used up: all %1 approved visits taken</source>
        <translation>Autorización agotada: se usaron las %1 visitas aprobadas</translation>
    </message>
    <message>
        <source>%1 has not yet approved %2; we cannot infuse you until it does.</source>
        <translation>%1 todavía no ha aprobado %2; no podemos administrarle la infusión hasta que lo haga.</translation>
    </message>
    <message>
        <source>Authorization pending with %1</source>
        <translation>Autorización pendiente con %1</translation>
    </message>
    <message>
        <source>%1 denied the authorization for %2; we cannot infuse you unless it is approved on appeal.</source>
        <translation>%1 negó la autorización para %2; no podemos administrarle la infusión a menos que se apruebe en una apelación.</translation>
    </message>
    <message>
        <source>Authorization denied by %1</source>
        <translation>Autorización negada por %1</translation>
    </message>
    <message>
        <source>%1&apos;s authorization for %2 ended on %3; it must be renewed before we can infuse you.</source>
        <translation>%1: la autorización para %2 venció el %3; debe renovarse antes de que podamos administrarle la infusión.</translation>
    </message>
    <message>
        <source>Authorization expired on %1</source>
        <translation>Autorización vencida el %1</translation>
    </message>
    <message>
        <source>Your insurance has not authorized %1 for %2; we must obtain the authorization before we can infuse you.</source>
        <translation>Su seguro no ha autorizado %1 para el %2; debemos obtener la autorización antes de poder administrarle la infusión.</translation>
    </message>
    <message>
        <source>No prior authorization covering %1</source>
        <translation>No hay autorización previa que cubra el %1</translation>
    </message>
    <message>
        <source>We have no check of your insurance eligibility on file; please take a seat while we verify it now.</source>
        <translation>No tenemos ninguna verificación de la elegibilidad de su seguro; por favor, tome asiento mientras la verificamos.</translation>
    </message>
    <message>
        <source>Eligibility never verified: verify now</source>
        <translation>Elegibilidad nunca verificada: verifíquela ahora</translation>
    </message>
    <message>
        <source>Your insurance eligibility was last checked on %1, more than %2 ago; please take a seat while we verify it now.</source>
        <translation>La elegibilidad de su seguro se verificó por última vez el %1, hace más de %2; por favor, tome asiento mientras la verificamos.</translation>
    </message>
    <message>
        <source>Eligibility last verified %1, %2 ago (older than %3): verify now</source>
        <translation>Elegibilidad verificada el %1, hace %2 (más de %3): verifíquela ahora</translation>
    </message>
    <message>
        <source>Eligibility verified %1</source>
        <translation>Elegibilidad verificada el %1</translation>
    </message>
    <message>
        <source>No compounded dose needed</source>
        <translation>No se necesita dosis preparada</translation>
    </message>
    <message>
        <source>The pharmacy has not finished preparing your %1 yet; please take a seat and we will call you.</source>
        <translation>La farmacia todavía no ha terminado de preparar su %1; por favor, tome asiento y le llamaremos.</translation>
    </message>
    <message>
        <source>Dose not prepared yet: waiting for the pharmacy</source>
        <translation>Dosis aún no preparada: esperando a la farmacia</translation>
    </message>
    <message>
        <source>The %1 prepared for you has been discarded; a new dose must be made, so we need to book you a new time.</source>
        <translation>Se desechó la dosis de %1 preparada para usted; hay que preparar una nueva, así que necesitamos darle una cita nueva.</translation>
    </message>
    <message>
        <source>Dose wasted: a new one must be compounded</source>
        <translation>Dosis desechada: hay que preparar una nueva</translation>
    </message>
    <message>
        <source>The %1 prepared for you could be used only until %2; a new dose must be made, so we need to book you a new time.</source>
        <translation>La dosis de %1 preparada para usted solo podía usarse hasta %2; hay que preparar una nueva, así que necesitamos darle una cita nueva.</translation>
    </message>
    <message>
        <source>Dose past its beyond-use time (%1)</source>
        <translation>Dosis fuera de su tiempo límite de uso (%1)</translation>
    </message>
    <message>
        <source>Dose ready, usable until %1</source>
        <translation>Dosis lista, utilizable hasta %1</translation>
    </message>
    <message>
        <source>Dose ready</source>
        <translation>Dosis lista</translation>
    </message>
    <message>
        <source>Every chair is taken for the %1 your infusion needs from %2; please take a seat and we will call you as soon as one is free.</source>
        <translation>Todos los sillones están ocupados durante los %1 que necesita su infusión a partir de las %2; por favor, tome asiento y le llamaremos en cuanto se libere uno.</translation>
    </message>
    <message>
        <source>nothing overrides the two identifiers; confirm who the patient is first</source>
        <translation>nada anula los dos identificadores; confirme primero quién es el paciente</translation>
    </message>
    <message>
        <source>nothing overrides the prescriber&apos;s order; the prescriber must renew it</source>
        <translation>nada anula la orden médica; el médico debe renovarla</translation>
    </message>
    <message>
        <source>nothing overrides the payer&apos;s authorization; without it the claim is denied</source>
        <translation>nada anula la autorización de la aseguradora; sin ella se niega la reclamación</translation>
    </message>
    <message>
        <source>the dose decides this, not a person</source>
        <translation>esto lo decide la dosis, no una persona</translation>
    </message>
    <message>
        <source>only LATE_BEYOND_GRACE (nurse or admin) and ELIGIBILITY_STALE (admin) can be overridden</source>
        <translation>solo se pueden anular LATE_BEYOND_GRACE (enfermería o administración) y ELIGIBILITY_STALE (administración)</translation>
    </message>
    <message>
        <source>without a valid prescriber&apos;s order there is nothing to infuse</source>
        <translation>sin una orden médica vigente no hay nada que infundir</translation>
    </message>
    <message>
        <source>a chair in use cannot be given twice</source>
        <translation>un sillón ocupado no se puede asignar dos veces</translation>
    </message>
    <message>
        <source>a cancelled appointment has no dose; book a new time</source>
        <translation>una cita cancelada no tiene dosis; programe una cita nueva</translation>
    </message>
    <message>
        <source>break glass passes only LATE_BEYOND_GRACE, ELIGIBILITY_STALE, AUTH_MISSING, AUTH_PENDING, AUTH_EXPIRED and AUTH_VISITS_USED</source>
        <translation>el acceso de emergencia solo deja pasar LATE_BEYOND_GRACE, ELIGIBILITY_STALE, AUTH_MISSING, AUTH_PENDING, AUTH_EXPIRED y AUTH_VISITS_USED</translation>
    </message>
    <message>
        <source>(no date given)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>We have no patient with MRN %1; please check the number on the card, or give your full name and date of birth.</source>
        <translation>No tenemos ningún paciente con el MRN %1; por favor, revise el número de la tarjeta o díganos su nombre completo y su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The date of birth %1 does not match our record for MRN %2; please confirm both before we go on.</source>
        <translation>La fecha de nacimiento %1 no coincide con nuestro registro del MRN %2; por favor, confirme ambos datos antes de continuar.</translation>
    </message>
    <message>
        <source>The name given does not match our record for MRN %1; please confirm the name and the number before we go on.</source>
        <translation>El nombre no coincide con nuestro registro del MRN %1; por favor, confirme el nombre y el número antes de continuar.</translation>
    </message>
    <message>
        <source>Two identifiers are needed: your MRN or full name, and your date of birth.</source>
        <translation>Se necesitan dos identificadores: su MRN o nombre completo, y su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>We have no patient named %1 born on %2; please check the spelling and the date, or give the MRN on your card.</source>
        <translation>No tenemos ningún paciente llamado %1 nacido el %2; por favor, revise la ortografía y la fecha, o díganos el MRN de su tarjeta.</translation>
    </message>
    <message>
        <source>More than one patient is named %1 and born on %2; please give the MRN on your card so we know which one you are.</source>
        <translation>Hay más de un paciente llamado %1 y nacido el %2; por favor, díganos el MRN de su tarjeta para saber cuál es usted.</translation>
    </message>
    <message>
        <source>Name the reason to override, e.g. LATE_BEYOND_GRACE.</source>
        <translation>Indique el motivo que se anula, p. ej. LATE_BEYOND_GRACE.</translation>
    </message>
    <message>
        <source>%1 cannot be overridden: %2.</source>
        <translation>%1 no se puede anular: %2.</translation>
    </message>
    <message>
        <source>Name the reason to pass, e.g. AUTH_PENDING.</source>
        <translation>Indique el motivo que se deja pasar, p. ej. AUTH_PENDING.</translation>
    </message>
    <message>
        <source>%1 cannot be passed even in an emergency: %2.</source>
        <translation>%1 no se puede dejar pasar ni siquiera en una emergencia: %2.</translation>
    </message>
    <message>
        <source>There is no appointment here today to admit the patient to.</source>
        <translation>Hoy no hay aquí ninguna cita a la que admitir al paciente.</translation>
    </message>
    <message>
        <source>Appointment %1 is already %2; there is nothing to override.</source>
        <translation>La cita %1 ya está en estado «%2»; no hay nada que anular.</translation>
    </message>
    <message>
        <source>Appointment %1 has no %2 to override (its reasons: %3).</source>
        <translation>La cita %1 no tiene ningún %2 que anular (sus motivos: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Appointment %1 is %2 and can no longer be admitted; book a new time.</source>
        <translation>La cita %1 está en estado «%2» y ya no se puede admitir; programe una cita nueva.</translation>
    </message>
    <message>
        <source>Starting now, the %1-minute infusion would end at %2, after %3 closes; book a new time.</source>
        <translation>Si empieza ahora, la infusión de %1 minutos terminaría a las %2, después del cierre de %3; programe una cita nueva.</translation>
    </message>
    <message>
        <source>Appointment %1 still cannot be admitted. %2</source>
        <translation>La cita %1 todavía no se puede admitir. %2</translation>
    </message>
</context>
<context>
    <name>CheckInLoader</name>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>Appointment %1 has no patient on record.</source>
        <translation>La cita %1 no tiene ningún paciente registrado.</translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <source>The date of birth is needed as one of the two identifiers; write it as 1961-03-04.</source>
        <translation>Se necesita la fecha de nacimiento como uno de los dos identificadores; escríbala como 1961-03-04.</translation>
    </message>
    <message>
        <source>Give the MRN or the full name (&quot;Last, First&quot;) with the date of birth; a chair or room number does not identify a patient.</source>
        <translation>Indique el MRN o el nombre completo (&quot;Apellido, Nombre&quot;) con la fecha de nacimiento; un número de sillón o de sala no identifica a un paciente.</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No existe la cita número %1.</translation>
    </message>
    <message>
        <source>Name the reason to override, e.g. LATE_BEYOND_GRACE.</source>
        <translation>Indique el motivo que se anula, p. ej. LATE_BEYOND_GRACE.</translation>
    </message>
    <message>
        <source>An override needs a reason in words, e.g. &quot;chair 3 free until close, dose good until 14:00&quot;.</source>
        <translation>Una anulación necesita un motivo escrito, p. ej. &quot;sillón 3 libre hasta el cierre, dosis válida hasta las 14:00&quot;.</translation>
    </message>
    <message>
        <source>Name the reason to pass in the emergency, e.g. AUTH_PENDING.</source>
        <translation>Indique el motivo que se deja pasar en la emergencia, p. ej. AUTH_PENDING.</translation>
    </message>
    <message>
        <source>Break glass needs the emergency in words, e.g. &quot;payer&apos;s line down, Dr. Okafor confirms the infusion cannot wait&quot;.</source>
        <translation>El acceso de emergencia necesita la emergencia por escrito, p. ej. &quot;la línea de la aseguradora no funciona, el Dr. Okafor confirma que la infusión no puede esperar&quot;.</translation>
    </message>
    <message>
        <source>Appointment %1 has not been checked in at the desk yet; confirm the patient&apos;s two identifiers with &quot;checkin&quot; first.</source>
        <translation>La cita %1 todavía no se ha registrado en recepción; confirme primero los dos identificadores del paciente con &quot;checkin&quot;.</translation>
    </message>
    <message>
        <source>The infusion of appointment %1 has already started.</source>
        <translation>La infusión de la cita %1 ya empezó.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; only a checked-in patient&apos;s infusion can start.</source>
        <translation>La cita %1 está en estado «%2»; solo puede empezar la infusión de un paciente registrado.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; only an infusion in progress can be completed.</source>
        <translation>La cita %1 está en estado «%2»; solo se puede completar una infusión en curso.</translation>
    </message>
</context>
<context>
    <name>DeskText</name>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>en_US</source>
        <extracomment>The locale whose day and month names the desk&apos;s dates use, as a QLocale name (language_COUNTRY).</extracomment>
        <translation>es_US</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>A time of day, in QTime::toString form.</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>You are booked for %1</source>
        <translation>Tiene cita: %1</translation>
    </message>
    <message>
        <source>We have no order from your prescriber, and the desk cannot book without one: your prescriber must send us an order first.</source>
        <translation>No tenemos ninguna orden de su médico, y en recepción no podemos programar una cita sin ella: su médico debe enviarnos una orden primero.</translation>
    </message>
    <message>
        <source>%1 has no prescriber&apos;s order on file, and the desk cannot book without one: the prescriber must send an order first.</source>
        <translation>%1 no tiene ninguna orden médica registrada, y en recepción no se puede programar una cita sin ella: el médico debe enviar una orden primero.</translation>
    </message>
    <message>
        <source>Your prescriber&apos;s order has lapsed or has no doses left, and the desk cannot book without a current one: your prescriber must renew it.</source>
        <translation>La orden de su médico venció o ya no le quedan dosis, y en recepción no podemos programar una cita sin una vigente: su médico debe renovarla.</translation>
    </message>
    <message>
        <source>chair %1</source>
        <translation>sillón %1</translation>
    </message>
    <message>
        <source>no chair yet</source>
        <translation>todavía sin sillón</translation>
    </message>
    <message>
        <source>chair number %1</source>
        <translation>sillón número %1</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>infusión</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its noun: 3 days</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes: 3 hours 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date of birth</comment>
        <extracomment>A date of birth, in QDate::toString form: &quot;4 March 1961&quot;. Short, it stands beside the age.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DoseService</name>
    <message>
        <source>A dose is recorded as %1; whether one is needed at all is the therapy&apos;s to say.</source>
        <translation>Una dosis se registra como %1; si hace falta o no lo decide la terapia.</translation>
    </message>
    <message>
        <source>Say why the dose was wasted, e.g. &quot;appointment cancelled&quot; or &quot;bag damaged&quot;.</source>
        <translation>Indique por qué se desechó la dosis, p. ej. &quot;cita cancelada&quot; o &quot;bolsa dañada&quot;.</translation>
    </message>
    <message>
        <source>A reason is kept only for a wasted dose.</source>
        <translation>Solo se guarda un motivo para una dosis desechada.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; keep it to %2.</source>
        <translation>El motivo tiene %1 caracteres; no pase de %2.</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No existe la cita número %1.</translation>
    </message>
    <message>
        <source>%1 is not compounded; there is no dose to prepare for appointment %2.</source>
        <translation>%1 no se prepara en farmacia; no hay dosis que preparar para la cita %2.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; the dose made for it can only be marked wasted.</source>
        <translation>La cita %1 está en estado «%2»; la dosis preparada para ella solo se puede marcar como desechada.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; its dose can no longer change.</source>
        <translation>La cita %1 está en estado «%2»; su dosis ya no puede cambiar.</translation>
    </message>
    <message>
        <source>ready, not-ready or wasted</source>
        <extracomment>The dose states as the command line takes them: keep the words, translate the rest.</extracomment>
        <translation>ready (lista), not-ready (no lista) o wasted (desechada)</translation>
    </message>
    <message>
        <source>A dose is %1, not &quot;%2&quot;.</source>
        <translation>Una dosis está %1, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Interface</name>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
</context>
<context>
    <name>MrnPattern</name>
    <message>
        <source>An MRN pattern marks where the number goes with zeros in braces, as in %1.</source>
        <translation>Un patrón de MRN marca dónde va el número con ceros entre llaves, como en %1.</translation>
    </message>
    <message>
        <source>An MRN pattern has one number in braces, not several: %1.</source>
        <translation>Un patrón de MRN tiene un solo número entre llaves, no varios: %1.</translation>
    </message>
    <message>
        <source>Between the braces put one zero per digit, as in %1.</source>
        <translation>Entre las llaves ponga un cero por cada dígito, como en %1.</translation>
    </message>
    <message>
        <source>An MRN number of %1 digits is too long; give at most %2 zeros.</source>
        <translation>Un número de MRN de %1 dígitos es demasiado largo; ponga como máximo %2 ceros.</translation>
    </message>
    <message>
        <source>The MRN pattern &quot;%1&quot; has a space in it; an MRN is one word.</source>
        <translation>El patrón de MRN &quot;%1&quot; tiene un espacio; un MRN es una sola palabra.</translation>
    </message>
</context>
<context>
    <name>NoShowReport</name>
    <message>
        <source>All therapies</source>
        <translation>Todas las terapias</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Inasistencias</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de inasistencia</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
    <message>
        <source>Wasted doses</source>
        <translation>Dosis desperdiciadas</translation>
    </message>
    <message>
        <source>Wasted drug cost</source>
        <translation>Costo del medicamento desperdiciado</translation>
    </message>
    <message>
        <source>Fees recorded</source>
        <translation>Cargos registrados</translation>
    </message>
</context>
<context>
    <name>NoShowSweep</name>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No existe la cita número %1.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; only a booked or arrived patient can be marked as a no-show.</source>
        <translation>La cita %1 está en estado «%2»; solo un paciente con cita o que ya llegó puede marcarse como que no se presentó.</translation>
    </message>
    <message>
        <source>Appointment %1 starts at %2; a patient can be marked as a no-show only once their time has come.</source>
        <translation>La cita %1 empieza a las %2; un paciente solo puede marcarse como que no se presentó cuando ya llegó su hora.</translation>
    </message>
</context>
<context>
    <name>NurseLoad</name>
    <message>
        <source>%1 infusions would start at %2, where the nurses on shift can start %3 in 15 minutes</source>
        <extracomment>%1 infusions in one 15-minute step from %2 (a time), where the nurses on shift can start %3.</extracomment>
        <translation>%1 infusiones empezarían a las %2, donde las enfermeras de turno pueden iniciar %3 en 15 minutos</translation>
    </message>
    <message>
        <source>%1 patients would be in chairs at %2, where the nurses on shift may have %3</source>
        <translation>%1 pacientes estarían en sillones a las %2, donde las enfermeras de turno pueden atender a %3</translation>
    </message>
</context>
<context>
    <name>NursePolicy</name>
    <message>
        <source>%1; write the nurses on shift like &quot;mon-fri 07-19=6; sat 08-14=3&quot; (hours from-to, &quot;=default&quot; for as many as the chairs need).</source>
        <translation>%1; escriba las enfermeras de turno así: &quot;mon-fri 07-19=6; sat 08-14=3&quot; (horas desde-hasta, &quot;=default&quot; para tantas como necesiten los sillones).</translation>
    </message>
    <message>
        <source>No shift is given</source>
        <translation>No se indica ningún turno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift</source>
        <translation>&quot;%1&quot; no es un turno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name weekdays in order</source>
        <translation>&quot;%1&quot; no nombra días de la semana en orden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hours with a number of nurses</source>
        <translation>&quot;%1&quot; no son horas con un número de enfermeras</translation>
    </message>
    <message>
        <source>The hours %1-%2 are not a span of the day</source>
        <translation>Las horas %1-%2 no son un tramo del día</translation>
    </message>
    <message>
        <source>%1 nurses on shift is more than 200</source>
        <translation>%1 enfermeras de turno son más de 200</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>Opening hours are empty; write them like &quot;mon-fri 07:00-19:00; sat 08:00-14:00&quot;.</source>
        <translation>El horario está vacío; escríbalo así: &quot;mon-fri 07:00-19:00; sat 08:00-14:00&quot; (días en inglés).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in the opening hours; write each day range like &quot;mon-fri 07:00-19:00&quot;.</source>
        <translation>No se puede leer &quot;%1&quot; en el horario; escriba cada grupo de días así: &quot;mon-fri 07:00-19:00&quot; (días en inglés).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name weekdays in order (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>&quot;%1&quot; no nombra los días de la semana en orden (mon, tue, wed, thu, fri, sat, sun: de lunes a domingo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span that closes after it opens.</source>
        <translation>&quot;%1&quot; no es un horario que cierre después de abrir.</translation>
    </message>
    <message>
        <source>The spans in &quot;%1&quot; overlap.</source>
        <translation>Los horarios de &quot;%1&quot; se superponen.</translation>
    </message>
</context>
<context>
    <name>OutboundQueue</name>
    <message>
        <source>There is no appointment number %1 to report.</source>
        <translation>No existe la cita número %1 para informar.</translation>
    </message>
    <message>
        <source>Appointment %1 names a patient or center that is not on file.</source>
        <translation>La cita %1 nombra un paciente o un centro que no está registrado.</translation>
    </message>
</context>
<context>
    <name>OutboundService</name>
    <message>
        <source>There is no outbound message number %1.</source>
        <translation>No existe el mensaje saliente número %1.</translation>
    </message>
    <message>
        <source>Outbound message %1 is %2; only a refused or failed message can be sent again.</source>
        <translation>El mensaje saliente %1 está en estado %2; solo se puede volver a enviar un mensaje rechazado o fallido.</translation>
    </message>
</context>
<context>
    <name>OutboundSettings</name>
    <message>
        <source>Name the outbox folder to write to.</source>
        <translation>Indique la carpeta de salida donde escribir.</translation>
    </message>
    <message>
        <source>Name the host to send to.</source>
        <translation>Indique el servidor al que enviar.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (HL7 over MLLP is often 2575).</source>
        <translation>El puerto debe ser un número de 1 a 65535 (HL7 por MLLP suele usar el 2575).</translation>
    </message>
    <message>
        <source>Sending needs a destination: an outbox folder, or a host and port.</source>
        <translation>El envío necesita un destino: una carpeta de salida, o un servidor y un puerto.</translation>
    </message>
    <message>
        <source>Choose at least one event to send: checked-in, arrived, no-show, completed.</source>
        <translation>Elija al menos un evento para enviar: registrado, llegó, no se presentó, terminado.</translation>
    </message>
    <message>
        <source>MSH-3 needs the sending application&apos;s name, e.g. CHAIRSIDE.</source>
        <translation>MSH-3 necesita el nombre de la aplicación que envía, p. ej. CHAIRSIDE.</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>There is no patient number %1.</source>
        <translation>No existe el paciente número %1.</translation>
    </message>
    <message>
        <source>There is no therapy number %1; an admin adds therapies.</source>
        <translation>No existe la terapia número %1; la administración agrega las terapias.</translation>
    </message>
    <message>
        <source>The MRN is empty.</source>
        <translation>El MRN está vacío.</translation>
    </message>
    <message>
        <source>The MRN &quot;%1&quot; has a space in it; an MRN is one word.</source>
        <translation>El MRN &quot;%1&quot; tiene un espacio; un MRN es una sola palabra.</translation>
    </message>
    <message>
        <source>The first name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation>El apellido está vacío.</translation>
    </message>
    <message>
        <source>The date of birth is missing or not a date.</source>
        <translation>Falta la fecha de nacimiento o no es una fecha.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>La fecha de nacimiento %1 está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth %1 is too long ago to be right.</source>
        <translation>La fecha de nacimiento %1 es demasiado antigua para ser correcta.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; has %2 digits; a phone number has %3 to %4.</source>
        <translation>El número de teléfono &quot;%1&quot; tiene %2 dígitos; un número de teléfono tiene de %3 a %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; one reads like name@example.org.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico; una se parece a nombre@ejemplo.org.</translation>
    </message>
    <message>
        <source>There is no order number %1.</source>
        <translation>No existe la orden médica número %1.</translation>
    </message>
    <message>
        <source>Give the date the payer last confirmed eligibility.</source>
        <translation>Indique la fecha en que la aseguradora confirmó la elegibilidad por última vez.</translation>
    </message>
    <message>
        <source>The eligibility check&apos;s date %1 is in the future.</source>
        <translation>La fecha de la verificación de elegibilidad, %1, está en el futuro.</translation>
    </message>
    <message>
        <source>There is no coverage number %1.</source>
        <translation>No existe la cobertura número %1.</translation>
    </message>
    <message>
        <source>The payer is empty.</source>
        <translation>La aseguradora está vacía.</translation>
    </message>
    <message>
        <source>The member id is empty.</source>
        <translation>El número de afiliado está vacío.</translation>
    </message>
    <message>
        <source>The patient has no coverage on file; add it first.</source>
        <translation>El paciente no tiene ninguna cobertura registrada; agréguela primero.</translation>
    </message>
    <message>
        <source>The patient has no coverage by %1; their payers: %2.</source>
        <translation>El paciente no tiene cobertura de %1; sus aseguradoras: %2.</translation>
    </message>
    <message>
        <source>The patient has no coverage on file; add the insurance first.</source>
        <translation>El paciente no tiene ninguna cobertura registrada; agregue primero el seguro.</translation>
    </message>
    <message>
        <source>The patient has coverage by %1 payers (%2); name the one you verified.</source>
        <translation>El paciente tiene cobertura de %1 aseguradoras (%2); indique la que verificó.</translation>
    </message>
    <message>
        <source>There is no prior authorization number %1.</source>
        <translation>No existe la autorización previa número %1.</translation>
    </message>
    <message>
        <source>An approved authorization needs the number of visits the payer approved.</source>
        <translation>Una autorización aprobada necesita el número de visitas que aprobó la aseguradora.</translation>
    </message>
    <message>
        <source>The center has no MRN pattern yet; type the MRN, or ask an admin to set the pattern.</source>
        <translation>El centro todavía no tiene formato de MRN; escriba el MRN o pida a un administrador que fije el formato.</translation>
    </message>
    <message>
        <source>Every MRN of the pattern %1 is taken; an admin sets a longer one.</source>
        <translation>Todos los MRN del formato %1 están ocupados; un administrador fija uno más largo.</translation>
    </message>
    <message>
        <source>An authorization&apos;s status is approved, pending or denied, not &quot;%1&quot;.</source>
        <translation>El estado de una autorización es approved, pending o denied, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 needs the date it starts.</source>
        <translation>La %1 necesita la fecha de inicio.</translation>
    </message>
    <message>
        <source>The %1 needs the date it ends.</source>
        <translation>La %1 necesita la fecha de fin.</translation>
    </message>
    <message>
        <source>The %1 ends on %2, before it starts on %3; check the two dates.</source>
        <translation>La %1 termina el %2, antes de empezar el %3; revise las dos fechas.</translation>
    </message>
    <message>
        <source>%1 %2 is not possible; give a number from %3 to %4.</source>
        <translation>%1 %2 no es posible; indique un número de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 %2 used is not possible out of %3; give a number from 0 to %3.</source>
        <translation>%1 %2 usadas de %3 no es posible; indique un número de 0 a %3.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden médica</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorización previa</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>read the schedule</source>
        <translation>consultar la agenda</translation>
    </message>
    <message>
        <source>register patients</source>
        <translation>registrar pacientes</translation>
    </message>
    <message>
        <source>book and check in</source>
        <translation>dar citas y registrar la llegada</translation>
    </message>
    <message>
        <source>record dose preparation</source>
        <translation>registrar la preparación de dosis</translation>
    </message>
    <message>
        <source>start, complete or mark infusions as no-show</source>
        <translation>iniciar o terminar infusiones, o marcar que el paciente no se presentó</translation>
    </message>
    <message>
        <source>admit a late arrival past the grace period</source>
        <translation>admitir a un paciente que llega después del período de gracia</translation>
    </message>
    <message>
        <source>admit with out-of-date eligibility</source>
        <translation>admitir con la elegibilidad vencida</translation>
    </message>
    <message>
        <source>change centers, chairs, therapies, policy or users</source>
        <translation>cambiar centros, sillones, terapias, reglas o usuarios</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled and cannot act.</source>
        <translation>La cuenta &quot;%1&quot; está desactivada y no puede hacer nada.</translation>
    </message>
    <message>
        <source>%1 is a %2; only %3 may %4.</source>
        <translation>%1 tiene el rol de %2; solo %3 puede %4.</translation>
    </message>
    <message>
        <source>a nurse or an admin</source>
        <translation>enfermería o administración</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>see the center&apos;s reports</source>
        <translation>ver los informes del centro</translation>
    </message>
    <message>
        <source>center number %1</source>
        <translation>el centro número %1</translation>
    </message>
    <message>
        <source>%1 does not work at %2; an admin can add that center to their account in Settings &gt; Users.</source>
        <translation>%1 no trabaja en %2; un administrador puede agregar ese centro a su cuenta en Configuración &gt; Usuarios.</translation>
    </message>
</context>
<context>
    <name>PriorAuthorization</name>
    <message>
        <source>approved</source>
        <extracomment>A prior authorization&apos;s status.</extracomment>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>A prior authorization&apos;s status: the payer has not decided yet.</extracomment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>denied</source>
        <extracomment>A prior authorization&apos;s status.</extracomment>
        <translation>negada</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Give the date, e.g. 2026-12-01 or 12/1/2026.</source>
        <translation>Indique la fecha, p. ej. 2026-12-01 o 12/1/2026.</translation>
    </message>
    <message>
        <source>“%1” is not a date; type it as 2026-12-01, 12/1/2026 or 1 Dec 2026.</source>
        <translation>“%1” no es una fecha; escríbala como 2026-12-01, 12/1/2026 o 1 dic 2026.</translation>
    </message>
</context>
<context>
    <name>ReadinessService</name>
    <message>
        <source>The day is not a date.</source>
        <translation>El día no es una fecha.</translation>
    </message>
    <message>
        <source>The first day of the queue is not a date.</source>
        <translation>El primer día de la lista no es una fecha.</translation>
    </message>
    <message>
        <source>The readiness queue looks 1 to %1 days ahead, not %2.</source>
        <translation>La lista de preparación mira de 1 a %1 días adelante, no %2.</translation>
    </message>
</context>
<context>
    <name>ReminderPlan</name>
    <message>
        <source>Reminder: your appointment at {center} is on {day} at {time}. {address}. To change it, call {phone}.</source>
        <translation>Recordatorio: su cita en {center} es el {day} a las {time}. {address}. Para cambiarla, llame al {phone}.</translation>
    </message>
    <message>
        <source>A reminder goes out 0 to 14 days before the appointment, at a time from 00:00 to 23:59.</source>
        <translation>Un recordatorio sale de 0 a 14 días antes de la cita, a una hora de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>The moment %1 is given twice.</source>
        <translation>El momento %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Reminders need at least one moment, e.g. 3 days and 1 day before at 17:00.</source>
        <translation>Los recordatorios necesitan al menos un momento, p. ej. 3 días y 1 día antes a las 17:00.</translation>
    </message>
    <message>
        <source>Reminders need a channel: email, text or both.</source>
        <translation>Los recordatorios necesitan un canal: correo, mensaje de texto o ambos.</translation>
    </message>
    <message>
        <source>The reminder&apos;s words are empty.</source>
        <translation>El texto del recordatorio está vacío.</translation>
    </message>
    <message>
        <source>The reminder&apos;s words are longer than 1000 characters.</source>
        <translation>El texto del recordatorio supera los 1000 caracteres.</translation>
    </message>
    <message>
        <source>A reminder never names the therapy or a diagnosis: remove {%1}. It may say {day}, {time}, {center}, {address} and {phone}.</source>
        <translation>Un recordatorio nunca nombra la terapia ni un diagnóstico: quite {%1}. Puede decir {day}, {time}, {center}, {address} y {phone}.</translation>
    </message>
    <message>
        <source>{%1} is not something a reminder can say; use {day}, {time}, {center}, {address} and {phone}.</source>
        <translation>{%1} no es algo que un recordatorio pueda decir; use {day}, {time}, {center}, {address} y {phone}.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>There is no center number %1.</source>
        <translation>No hay ningún centro número %1.</translation>
    </message>
    <message>
        <source>Reminders cannot go out: set up the mail server or the SMS gateway for the channels chosen first.</source>
        <translation>Los recordatorios no pueden salir: configure primero el servidor de correo o la pasarela de SMS de los canales elegidos.</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>No hay ningún paciente número %1.</translation>
    </message>
    <message>
        <source>A mobile number has 7 to 15 digits, with +, spaces, dashes or brackets between them.</source>
        <translation>Un número de móvil tiene de 7 a 15 dígitos, con +, espacios, guiones o paréntesis entre ellos.</translation>
    </message>
    <message>
        <source>Texts need the patient&apos;s mobile number.</source>
        <translation>Los mensajes de texto necesitan el número de móvil del paciente.</translation>
    </message>
    <message>
        <source>There is no reminder number %1.</source>
        <translation>No hay ningún recordatorio número %1.</translation>
    </message>
    <message>
        <source>Reminder %1 is %2; only a failed or interrupted reminder can be sent again.</source>
        <translation>El recordatorio %1 está en estado %2; solo un recordatorio fallido o interrumpido puede enviarse de nuevo.</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No hay ninguna cita número %1.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2: only a booked appointment is confirmed.</source>
        <translation>La cita %1 está en estado %2: solo se confirma una cita reservada.</translation>
    </message>
    <message>
        <source>A reply needs the number it came from.</source>
        <translation>Una respuesta necesita el número desde el que llegó.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Appointment at %1</source>
        <translation>Cita en %1</translation>
    </message>
    <message>
        <source>To change it, call %1.</source>
        <translation>Para cambiarla, llame al %1.</translation>
    </message>
    <message>
        <source>Reminder: %1 at %2, %3</source>
        <translation>Recordatorio: %1 a las %2, %3</translation>
    </message>
</context>
<context>
    <name>ReminderTransport</name>
    <message>
        <source>Give the mail server&apos;s host name alone, e.g. mail.clinic.example.</source>
        <translation>Indique solo el nombre del servidor de correo, p. ej. mail.clinica.example.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number from 1 to 65535 (587 for STARTTLS).</source>
        <translation>El puerto del servidor de correo debe ser un número de 1 a 65535 (587 para STARTTLS).</translation>
    </message>
    <message>
        <source>Reminders need a sender&apos;s address, e.g. reminders@clinic.example.</source>
        <translation>Los recordatorios necesitan una dirección de remitente, p. ej. recordatorios@clinica.example.</translation>
    </message>
    <message>
        <source>Mail to another machine is sent only with STARTTLS: patients&apos; appointments never cross the network in clear text.</source>
        <translation>El correo a otra máquina solo se envía con STARTTLS: las citas de los pacientes nunca cruzan la red sin cifrar.</translation>
    </message>
    <message>
        <source>The SMS gateway must be an https:// address (plain http only to this machine).</source>
        <translation>La pasarela de SMS debe ser una dirección https:// (http sin cifrar solo hacia esta máquina).</translation>
    </message>
    <message>
        <source>The gateway&apos;s request must carry {to} and {text}, e.g. {&quot;to&quot;: &quot;{to}&quot;, &quot;text&quot;: &quot;{text}&quot;}.</source>
        <translation>La petición a la pasarela debe llevar {to} y {text}, p. ej. {&quot;to&quot;: &quot;{to}&quot;, &quot;text&quot;: &quot;{text}&quot;}.</translation>
    </message>
    <message>
        <source>Name the request&apos;s content type, e.g. application/json.</source>
        <translation>Indique el tipo de contenido de la petición, p. ej. application/json.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate authority file %1 cannot be read. Give the path of its PEM file, or leave it empty for the system&apos;s.</source>
        <translation>No se puede leer el archivo de la autoridad de certificación del servidor de correo %1. Indique la ruta de su archivo PEM, o déjelo vacío para usar las del sistema.</translation>
    </message>
</context>
<context>
    <name>ReplyResult</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Not a confirmation</source>
        <translation>No es una confirmación</translation>
    </message>
    <message>
        <source>No appointment to confirm</source>
        <translation>Ninguna cita por confirmar</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <source>No-shows and late cancellations</source>
        <translation>Inasistencias y cancelaciones tardías</translation>
    </message>
    <message>
        <source>Chair utilization</source>
        <translation>Uso de los sillones</translation>
    </message>
    <message>
        <source>Waits from arrival to chair</source>
        <translation>Esperas de la llegada al sillón</translation>
    </message>
    <message>
        <source>Starts against nurse capacity</source>
        <translation>Inicios frente a la capacidad de enfermería</translation>
    </message>
    <message>
        <source>Walk-ins turned away</source>
        <translation>Pacientes sin cita no atendidos</translation>
    </message>
    <message>
        <source>Reschedules at the desk by reason</source>
        <translation>Reprogramaciones en recepción por motivo</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Give the report&apos;s first day.</source>
        <translation>Indique el primer día del informe.</translation>
    </message>
    <message>
        <source>Give the report&apos;s last day.</source>
        <translation>Indique el último día del informe.</translation>
    </message>
    <message>
        <source>The last day, %1, comes before the first, %2.</source>
        <translation>El último día, %1, es anterior al primero, %2.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days; choose a shorter range.</source>
        <translation>Un informe abarca como máximo %1 días; elija un intervalo más corto.</translation>
    </message>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
</context>
<context>
    <name>RescheduleReport</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Readiness problem</source>
        <translation>Problema de preparación</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Reprogramadas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
</context>
<context>
    <name>RescheduleService</name>
    <message>
        <source>The new start time is missing or not a time.</source>
        <translation>Falta la nueva hora de inicio o no es una hora.</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No existe la cita número %1.</translation>
    </message>
    <message>
        <source>Appointment %1 has already been moved to appointment %2; reschedule that one instead.</source>
        <translation>La cita %1 ya se cambió a la cita %2; reprograme esa.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; only a booked or arrived appointment can be moved.</source>
        <translation>La cita %1 está en estado «%2»; solo se puede cambiar una cita programada o con el paciente ya llegado.</translation>
    </message>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>%1 is too soon: the pharmacy needs %2 hours to prepare the dose, so the earliest start is %3.</source>
        <translation>%1 es demasiado pronto: la farmacia necesita %2 horas para preparar la dosis, así que lo más pronto es %3.</translation>
    </message>
    <message>
        <source>%1 is after the %2 ends on %3; choose a time on or before that day.</source>
        <translation>%1 es posterior al vencimiento de la %2 el %3; elija una hora de ese día o anterior.</translation>
    </message>
    <message>
        <source>prescriber&apos;s order</source>
        <translation>orden médica</translation>
    </message>
    <message>
        <source>prior authorization</source>
        <translation>autorización previa</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>Could not copy %1 to %2 to check it. Nothing was replaced.</source>
        <translation>No se pudo copiar %1 a %2 para comprobarla. No se ha sustituido nada.</translation>
    </message>
    <message>
        <source>there is no backup at %1</source>
        <translation>no hay ninguna copia de seguridad en %1</translation>
    </message>
    <message>
        <source>it fails SQLite&apos;s integrity check (%1)</source>
        <translation>no supera la comprobación de integridad de SQLite (%1)</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>its audit trail does not verify (%1)</source>
        <translation>su registro de auditoría no se verifica (%1)</translation>
    </message>
    <message>
        <source>Could not move %1 to %2; what was moved is back in place and nothing was replaced.</source>
        <translation>No se pudo mover %1 a %2; lo que se movió ha vuelto a su sitio y no se ha sustituido nada.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>No hay ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself; name a backup to restore.</source>
        <translation>%1 es la propia base de datos; indique una copia que restaurar.</translation>
    </message>
    <message>
        <source>The backup at %1 cannot be restored: %2. Nothing was replaced.</source>
        <translation>La copia de %1 no se puede restaurar: %2. No se ha sustituido nada.</translation>
    </message>
    <message>
        <source>%1 Sign in with an admin account of the backup to restore it.</source>
        <translation>%1 Inicie sesión con una cuenta de administrador de la copia para restaurarla.</translation>
    </message>
    <message>
        <source>The database at %1 is open in Chairside elsewhere (a desk, the nurse station, the listener or a command). Close it everywhere, then restore. Nothing was replaced.</source>
        <translation>La base de datos de %1 está abierta en Chairside en otro lugar (un puesto, la estación de enfermería, el receptor o un comando). Ciérrela en todas partes y luego restaure. No se ha sustituido nada.</translation>
    </message>
    <message>
        <source>The restored database&apos;s audit trail does not verify (%1); the database replaced is kept as %2.</source>
        <translation>El registro de auditoría de la base de datos restaurada no se verifica (%1); la base de datos sustituida se conserva como %2.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>receptionist</source>
        <translation>recepcionista</translation>
    </message>
    <message>
        <source>nurse</source>
        <extracomment>The role of the nursing staff.</extracomment>
        <translation>enfermería</translation>
    </message>
    <message>
        <source>admin</source>
        <extracomment>The role of the center&apos;s administrator.</extracomment>
        <translation>administración</translation>
    </message>
</context>
<context>
    <name>RosterLayout</name>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
</context>
<context>
    <name>RosterPainter</name>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Private suite</source>
        <translation>Sala privada</translation>
    </message>
    <message>
        <source>The center is closed on this day.</source>
        <translation>El centro está cerrado este día.</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <source>This center has no chairs yet.</source>
        <translation>Este centro todavía no tiene sillones.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>The roster needs a date.</source>
        <translation>La lista del día necesita una fecha.</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>%1 of %2 is not possible; give a number from %3 to %4.</source>
        <translation>%1 de %2 no es posible; indique un número de %3 a %4.</translation>
    </message>
    <message>
        <source>An early check-in allowance in minutes</source>
        <translation>Un margen de llegada anticipada en minutos</translation>
    </message>
    <message>
        <source>A grace period in minutes</source>
        <translation>Un período de gracia en minutos</translation>
    </message>
    <message>
        <source>An eligibility check&apos;s life in days</source>
        <translation>Una vigencia de la verificación de elegibilidad en días</translation>
    </message>
    <message>
        <source>A pharmacy lead time in hours</source>
        <translation>Una antelación de farmacia en horas</translation>
    </message>
    <message>
        <source>A slot grid in minutes</source>
        <translation>Una cuadrícula de horarios en minutos</translation>
    </message>
    <message>
        <source>A no-show fee in cents</source>
        <translation>Un cargo por no presentarse en centavos</translation>
    </message>
    <message>
        <source>A readiness queue&apos;s reach in days</source>
        <translation>Un alcance de la lista de preparación en días</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; give digits with spaces, dashes or brackets, e.g. (312) 555-0100.</source>
        <translation>&quot;%1&quot; no es un número de teléfono; escriba dígitos con espacios, guiones o paréntesis, p. ej. (312) 555-0100.</translation>
    </message>
    <message>
        <source>The center needs a name.</source>
        <translation>El centro necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as America/New_York.</source>
        <translation>&quot;%1&quot; no es una zona horaria que este equipo conozca; use un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>The center is open on no day of the week; give its opening hours.</source>
        <translation>El centro no abre ningún día de la semana; indique su horario.</translation>
    </message>
    <message>
        <source>The therapy needs its generic name.</source>
        <translation>La terapia necesita su nombre genérico.</translation>
    </message>
    <message>
        <source>An infusion in minutes</source>
        <translation>Una infusión en minutos</translation>
    </message>
    <message>
        <source>A dosing interval in weeks</source>
        <translation>Un intervalo entre dosis en semanas</translation>
    </message>
    <message>
        <source>A beyond-use time in hours</source>
        <translation>Un tiempo de uso límite en horas</translation>
    </message>
    <message>
        <source>A chair is a chair or a suite, not &quot;%1&quot;.</source>
        <translation>Un puesto es un sillón (chair) o una sala privada (suite), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>Another center is named &quot;%1&quot;.</source>
        <translation>Ya hay otro centro llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The chair needs a label.</source>
        <translation>El sillón necesita una etiqueta.</translation>
    </message>
    <message>
        <source>There is no chair number %1.</source>
        <translation>No existe el sillón número %1.</translation>
    </message>
    <message>
        <source>This center already has a chair labelled &quot;%1&quot;.</source>
        <translation>Este centro ya tiene un sillón con la etiqueta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 has %3 appointment(s) from now on, the first at %4 UTC; move them to another chair before taking it out of use.</source>
        <translation>%1 %2 tiene %3 cita(s) de aquí en adelante, la primera el %4 UTC; páselas a otro sillón antes de dejarlo fuera de servicio.</translation>
    </message>
    <message>
        <source>There is no therapy number %1.</source>
        <translation>No existe la terapia número %1.</translation>
    </message>
    <message>
        <source>Another therapy is called &quot;%1&quot;.</source>
        <translation>Ya hay otra terapia llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Every chair needs a label.</source>
        <translation>Cada sillón necesita una etiqueta.</translation>
    </message>
    <message>
        <source>A dose&apos;s cost in cents</source>
        <translation>El costo de una dosis en centavos</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>SlotService</name>
    <message>
        <source>There is no therapy number %1.</source>
        <translation>No existe la terapia número %1.</translation>
    </message>
    <message>
        <source>There is no center number %1.</source>
        <translation>No existe el centro número %1.</translation>
    </message>
    <message>
        <source>There is no appointment number %1.</source>
        <translation>No existe la cita número %1.</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>No existe el paciente número %1.</translation>
    </message>
</context>
<context>
    <name>StartsReport</name>
    <message>
        <source>Step</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Mean starts</source>
        <translation>Inicios promedio</translation>
    </message>
    <message>
        <source>Most starts</source>
        <translation>Máximo de inicios</translation>
    </message>
    <message>
        <source>Nurses can start</source>
        <translation>Inicios posibles</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Días excedidos</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk that holds the database is full, so nothing was saved. Free some space on it (or ask whoever looks after this computer), then try again.</source>
        <translation>El disco donde está la base de datos está lleno, así que no se guardó nada. Libere espacio en él (o avise a quien se ocupa de este equipo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds the database reported an error, so nothing was saved. Try again; if it keeps happening, ask whoever looks after this computer to check the disk.</source>
        <translation>El disco donde está la base de datos informó de un error, así que no se guardó nada. Vuelva a intentarlo; si sigue ocurriendo, pida a quien se ocupa de este equipo que revise el disco.</translation>
    </message>
    <message>
        <source>The database file cannot be written from this computer&apos;s account (it is read-only), so nothing was saved. Ask whoever looks after this computer to make it writable again.</source>
        <translation>No se puede escribir en el archivo de la base de datos desde la cuenta de este equipo (es de solo lectura), así que no se guardó nada. Pida a quien se ocupa de este equipo que vuelva a permitir la escritura.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was saved. Stop using it and ask whoever looks after this computer to restore the latest backup.</source>
        <translation>El archivo de la base de datos está dañado, así que no se guardó nada. Deje de usarlo y pida a quien se ocupa de este equipo que restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la dirección del servidor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server address %1 holds a password. Leave it out of the address (it would show in the list of running programs and in logs) and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>La dirección del servidor %1 contiene una contraseña. Quítela de la dirección (se vería en la lista de programas en ejecución y en los registros) y póngala en ~/.pgpass o en PGPASSWORD.</translation>
    </message>
    <message>
        <source>Could not connect to the database server %1: out of memory.</source>
        <translation>No se pudo conectar con el servidor de base de datos %1: no queda memoria.</translation>
    </message>
    <message>
        <source>The database server %1 refused the account or the database name. Check the address, and that this computer&apos;s password for it is in ~/.pgpass (or PGPASSWORD); the server said: %2</source>
        <translation>El servidor de base de datos %1 rechazó la cuenta o el nombre de la base de datos. Revise la dirección y que la contraseña de este equipo esté en ~/.pgpass (o en PGPASSWORD); el servidor dijo: %2</translation>
    </message>
    <message>
        <source>Could not reach the database server %1. Check that this computer is on the network and that the server is running (or ask whoever looks after it), then try again.</source>
        <translation>No se pudo llegar al servidor de base de datos %1. Compruebe que este equipo está en la red y que el servidor funciona (o pregunte a quien lo mantiene) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so nothing was saved. Chairside connects again by itself; try again in a moment.</source>
        <translation>Se perdió la conexión con el servidor de base de datos, así que no se guardó nada. Chairside vuelve a conectarse solo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full, so nothing was saved. Ask whoever looks after the server to free some space, then try again.</source>
        <translation>El disco del servidor de base de datos está lleno, así que no se guardó nada. Pida a quien mantiene el servidor que libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database server could not do this now (it is short of memory or its disk reported an error), so nothing was saved. Try again; if it keeps happening, ask whoever looks after the server.</source>
        <translation>El servidor de base de datos no pudo hacerlo ahora (le falta memoria o su disco informó de un error), así que no se guardó nada. Vuelva a intentarlo; si sigue pasando, avise a quien mantiene el servidor.</translation>
    </message>
    <message>
        <source>The database server does not let this account do that, so nothing was changed. Ask whoever looks after the server to check the account&apos;s rights.</source>
        <translation>El servidor de base de datos no permite eso a esta cuenta, así que no se cambió nada. Pida a quien mantiene el servidor que revise los permisos de la cuenta.</translation>
    </message>
    <message>
        <source>The database server is read-only at the moment (a standby), so nothing was saved. Ask whoever looks after the server which one to connect to.</source>
        <translation>El servidor de base de datos es de solo lectura ahora (un servidor de reserva), así que no se guardó nada. Pregunte a quien mantiene el servidor a cuál conectarse.</translation>
    </message>
    <message>
        <source>That chair was booked for part of that time by another desk a moment ago, so nothing was changed. Look at the free slots again and choose another.</source>
        <translation>Otro puesto reservó ese sillón para parte de ese horario hace un momento, así que no se cambió nada. Vuelva a mirar los huecos libres y elija otro.</translation>
    </message>
    <message>
        <source>That is on file already (another desk may have just added it), so nothing was changed. Look it up, then try again if it is still needed.</source>
        <translation>Eso ya consta (puede que otro puesto acabe de añadirlo), así que no se cambió nada. Búsquelo y vuelva a intentarlo si aún hace falta.</translation>
    </message>
</context>
<context>
    <name>UtilizationReport</name>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Open chair-minutes</source>
        <translation>Minutos-sillón abiertos</translation>
    </message>
    <message>
        <source>Used chair-minutes</source>
        <translation>Minutos-sillón usados</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>All open hours</source>
        <translation>Todas las horas abiertas</translation>
    </message>
</context>
<context>
    <name>WaitReport</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Infusions started</source>
        <translation>Infusiones iniciadas</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Espera promedio (min)</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Espera mediana (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>Percentil 90 (min)</translation>
    </message>
    <message>
        <source>Longest (min)</source>
        <translation>Máxima (min)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
</context>
<context>
    <name>WalkInReport</name>
    <message>
        <source>Came</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Next booking then</source>
        <translation>Siguiente cita en ese momento</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Citado</translation>
    </message>
</context>
<context>
    <name>chairside</name>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
</context>
<context>
    <name>chairside::AppointmentDetailsDialog</name>
    <message>
        <source>admit</source>
        <translation>admitir</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>esperar</translation>
    </message>
    <message>
        <source>reschedule</source>
        <translation>reprogramar</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>no identificado</translation>
    </message>
    <message>
        <source>receptionist</source>
        <translation>recepcionista</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>&amp;Start infusion</source>
        <translation>&amp;Iniciar infusión</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Marcar &amp;no presentado</translation>
    </message>
    <message>
        <source>&amp;Admit late arrival…</source>
        <translation>&amp;Admitir llegada tardía…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>The infusion chair (recliner) of the appointment.</extracomment>
        <translation>Sillón</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Arrival and infusion times</source>
        <translation>Horas de llegada y de infusión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why an action is not available</source>
        <translation>Por qué una acción no está disponible</translation>
    </message>
    <message>
        <source>Start infusion</source>
        <translation>Iniciar infusión</translation>
    </message>
    <message>
        <source>Complete infusion</source>
        <translation>Completar infusión</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marcar no presentado</translation>
    </message>
    <message>
        <source>Admit late arrival</source>
        <translation>Admitir llegada tardía</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <source>MRN %1 · born %2</source>
        <translation>MRN %1 · nacido el %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n minutes</source>
        <translation>
            <numerusform>%1 · %n minuto</numerusform>
            <numerusform>%1 · %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>therapy %1</source>
        <translation>terapia %1</translation>
    </message>
    <message>
        <source>chair %1</source>
        <translation>sillón %1</translation>
    </message>
    <message>
        <source>This appointment could not be read: %1</source>
        <translation>No se pudo leer esta cita: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 (prepared %2)</source>
        <translation>%1 (preparada %2)</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>llegó %1</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>registrado %1</translation>
    </message>
    <message>
        <source>infusion started %1</source>
        <translation>infusión iniciada %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completada %1</translation>
    </message>
    <message>
        <source>no-show fee %1</source>
        <translation>cargo por no presentarse %1</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>todavía no ha llegado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Desk decision: %1</source>
        <translation>Decisión de recepción: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, identified by %2</source>
        <translation>%1, identificado por %2</translation>
    </message>
    <message>
        <source>Override %1: %2</source>
        <translation>Anulación %1: %2</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); a nurse or an admin starts, completes and marks no-shows.</source>
        <translation>Ha iniciado sesión como %1 (%2); enfermería o administración inicia, completa y marca las ausencias.</translation>
    </message>
    <message>
        <source>The infusion is already running.</source>
        <translation>La infusión ya está en curso.</translation>
    </message>
    <message>
        <source>An infusion starts once the desk has checked the patient in.</source>
        <translation>Una infusión empieza cuando recepción ha registrado la llegada del paciente.</translation>
    </message>
    <message>
        <source>Only an infusion that is running can be completed.</source>
        <translation>Solo se puede completar una infusión en curso.</translation>
    </message>
    <message>
        <source>Only a booked or arrived patient can be marked as a no-show.</source>
        <translation>Solo se puede marcar como no presentado a un paciente con cita o que ya llegó.</translation>
    </message>
    <message>
        <source>A patient can be marked as a no-show once their time has come.</source>
        <translation>Se puede marcar a un paciente como no presentado cuando ya pasó su hora.</translation>
    </message>
    <message>
        <source>Only a nurse or an admin may admit a late arrival.</source>
        <translation>Solo enfermería o administración puede admitir una llegada tardía.</translation>
    </message>
    <message>
        <source>Only a patient still waiting for their infusion can be admitted.</source>
        <translation>Solo se puede admitir a un paciente que todavía espera su infusión.</translation>
    </message>
    <message>
        <source>A late arrival can be admitted only on the day of the appointment.</source>
        <translation>Una llegada tardía solo se puede admitir el día de la cita.</translation>
    </message>
    <message numerus="yes">
        <source>The patient is not late beyond the %n minutes&apos; grace: the desk admits them.</source>
        <translation>
            <numerusform>El paciente no ha superado el período de gracia de %n minuto: recepción lo admite.</numerusform>
            <numerusform>El paciente no ha superado el período de gracia de %n minutos: recepción lo admite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desk must first confirm the patient&apos;s two identifiers at check-in.</source>
        <translation>Recepción debe confirmar primero los dos identificadores del paciente al registrar su llegada.</translation>
    </message>
    <message>
        <source>The infusion is done; nothing is left to do.</source>
        <translation>La infusión terminó; no queda nada por hacer.</translation>
    </message>
    <message>
        <source>This appointment is closed; book a new one from the desk.</source>
        <translation>Esta cita está cerrada; programe una nueva desde recepción.</translation>
    </message>
    <message>
        <source>The patient is late beyond the grace period. Once the desk has confirmed their identity, you can admit them here if a chair is free for the whole infusion.</source>
        <translation>El paciente llegó después del período de gracia. Cuando recepción haya confirmado su identidad, puede admitirlo aquí si hay un sillón libre para toda la infusión.</translation>
    </message>
    <message>
        <source>The infusion could not be started</source>
        <translation>No se pudo iniciar la infusión</translation>
    </message>
    <message>
        <source>The infusion could not be completed</source>
        <translation>No se pudo completar la infusión</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Marcar como no presentado</translation>
    </message>
    <message>
        <source>Mark %1 as a no-show? The center&apos;s fee of %2 is recorded and a dose the pharmacy prepared is written off. This cannot be undone.</source>
        <translation>¿Marcar a %1 como no presentado? Se registra el cargo del centro de %2 y se da de baja la dosis que preparó la farmacia. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>The no-show could not be recorded</source>
        <translation>No se pudo registrar la ausencia</translation>
    </message>
    <message>
        <source>%1 arrived after the grace period. Say why they can still have their infusion today — which chair is free until the end, and until when the dose is good:</source>
        <translation>%1 llegó después del período de gracia. Explique por qué todavía puede recibir su infusión hoy: qué sillón está libre hasta el final y hasta cuándo sirve la dosis:</translation>
    </message>
    <message>
        <source>The late arrival could not be admitted</source>
        <translation>No se pudo admitir la llegada tardía</translation>
    </message>
</context>
<context>
    <name>chairside::ArrivalsModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n minutes</source>
        <translation>
            <numerusform>%1 a %2, %n minuto</numerusform>
            <numerusform>%1 a %2, %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked in at %2</source>
        <translation>%1 — registrado a las %2</translation>
    </message>
    <message>
        <source>%1 — arrived at %2</source>
        <translation>%1 — llegó a las %2</translation>
    </message>
    <message numerus="yes">
        <source>Arrived at %1 and not yet in the chair: waiting %n minutes.</source>
        <translation>
            <numerusform>Llegó a las %1 y todavía no está en el sillón: lleva %n minuto esperando.</numerusform>
            <numerusform>Llegó a las %1 y todavía no está en el sillón: lleva %n minutos esperando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>The infusion chair (recliner) the patient sits in.</extracomment>
        <translation>Sillón</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Readiness</source>
        <extracomment>Whether the order, authorization, eligibility and dose are in place for the visit.</extracomment>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Llegó a las</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Minutes since arrival, for patients not yet in the chair</source>
        <translation>Minutos desde la llegada, para los pacientes que todavía no están en el sillón</translation>
    </message>
</context>
<context>
    <name>chairside::ArrivalsView</name>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Filter by patient, therapy, chair or status</source>
        <translation>Filtrar por paciente, terapia, sillón o estado</translation>
    </message>
    <message>
        <source>Filter arrivals</source>
        <translation>Filtrar llegadas</translation>
    </message>
    <message>
        <source>Shows only the rows whose patient, therapy, chair or status contains the text</source>
        <translation>Muestra solo las filas cuyo paciente, terapia, sillón o estado contiene el texto</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Citas del día</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Llegó a las</translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>No hay citas</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format</comment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>No center is chosen for this desk, so there is no day to show.</source>
        <translation>No se eligió ningún centro para esta recepción, así que no hay día que mostrar.</translation>
    </message>
    <message>
        <source>No appointment today matches “%1”.</source>
        <translation>Ninguna cita de hoy coincide con «%1».</translation>
    </message>
    <message>
        <source>No appointments are booked for %1.</source>
        <translation>No hay citas programadas para el %1.</translation>
    </message>
    <message>
        <source>Appointment &amp;details…</source>
        <translation>&amp;Detalles de la cita…</translation>
    </message>
    <message>
        <source>Open &amp;patient page</source>
        <translation>Abrir la página del &amp;paciente</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>No se pudo abrir el paciente</translation>
    </message>
    <message>
        <source>No dose to prepare</source>
        <translation>Sin dosis que preparar</translation>
    </message>
</context>
<context>
    <name>chairside::AuditEntryModel</name>
    <message>
        <source>patient %1</source>
        <translation>paciente %1</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>cita %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (patient %2)</source>
        <translation>%1 (paciente %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>An audit entry&apos;s result: the action was carried out.</extracomment>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>BREAK GLASS</source>
        <translation>ACCESO DE EMERGENCIA</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>A noun: the record (patient, appointment, order...) the entry is about.</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
</context>
<context>
    <name>chairside::AuditView</name>
    <message>
        <source>&amp;Break glass only</source>
        <translation>Solo acceso de &amp;emergencia</translation>
    </message>
    <message>
        <source>&amp;Hide command-line log-ins</source>
        <translation>&amp;Ocultar inicios de sesión de la línea de comandos</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify trail</source>
        <translation>&amp;Verificar registro</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN or name, then Enter</source>
        <translation>MRN o nombre, luego Intro</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>To day, included</source>
        <translation>Hasta el día, incluido</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Only emergency (break glass) entries</source>
        <translation>Solo entradas de emergencia (acceso de emergencia)</translation>
    </message>
    <message>
        <source>Hide the command-line tool&apos;s successful log-ins</source>
        <translation>Ocultar los inicios de sesión correctos de la herramienta de línea de comandos</translation>
    </message>
    <message>
        <source>Every chairside-cli command logs in, so a script writes one log-in per command. What the commands did is still listed, and a failed log-in always is.</source>
        <translation>Cada orden de chairside-cli inicia sesión, así que un script escribe un inicio de sesión por orden. Lo que hicieron las órdenes se sigue mostrando, y un inicio de sesión fallido siempre.</translation>
    </message>
    <message>
        <source>Export the entries listed as CSV</source>
        <translation>Exportar como CSV las entradas mostradas</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entradas de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>The staff list could not be read</source>
        <translation>No se pudo leer la lista del personal</translation>
    </message>
    <message>
        <source>Every patient.</source>
        <translation>Todos los pacientes.</translation>
    </message>
    <message>
        <source>The patient could not be looked up</source>
        <translation>No se pudo buscar al paciente</translation>
    </message>
    <message>
        <source>%1, MRN %2.</source>
        <translation>%1, MRN %2.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Ningún paciente coincide con «%1».</translation>
    </message>
    <message>
        <source>More than 5 patients match: type the MRN or more of the name.</source>
        <translation>Más de 5 pacientes coinciden: escriba el MRN o más letras del nombre.</translation>
    </message>
    <message>
        <source>%1 patients match: type the MRN or more of the name.</source>
        <translation>%1 pacientes coinciden: escriba el MRN o más letras del nombre.</translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Name one patient to see their entries.</source>
        <translation>Indique un paciente para ver sus entradas.</translation>
    </message>
    <message>
        <source>The newest %1 entries: narrow the filters to see older ones.</source>
        <translation>Las %1 entradas más recientes: acote los filtros para ver las anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrada, las más recientes primero</numerusform>
            <numerusform>%n entradas, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>Exportar las entradas de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit entries were not exported</source>
        <translation>No se exportaron las entradas de auditoría</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check the free space and choose another folder.</source>
        <translation>No se pudo escribir %1. Revise el espacio libre y elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Choose another folder.</source>
        <translation>No se pudo guardar %1: %2. Elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be verified</source>
        <translation>No se pudo verificar el registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none changed, removed or out of order.</source>
        <translation>
            <numerusform>Íntegro: se revisó %n entrada, ninguna modificada, eliminada ni fuera de orden.</numerusform>
            <numerusform>Íntegro: se revisaron %n entradas, ninguna modificada, eliminada ni fuera de orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation>NO íntegro: %1</translation>
    </message>
</context>
<context>
    <name>chairside::AuthorizationDialog</name>
    <message>
        <source>Change prior authorization %1</source>
        <translation>Modificar la autorización previa %1</translation>
    </message>
    <message>
        <source>Add a prior authorization</source>
        <translation>Agregar una autorización previa</translation>
    </message>
    <message>
        <source>the payer&apos;s number for it, quoted on the phone</source>
        <translation>el número que le da la aseguradora, el que le dicen por teléfono</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Therapy:</source>
        <translation>&amp;Terapia:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Aseguradora:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Válida &amp;desde:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Válida &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Visits approved:</source>
        <translation>&amp;Visitas aprobadas:</translation>
    </message>
    <message>
        <source>Visits &amp;used:</source>
        <translation>Visitas &amp;usadas:</translation>
    </message>
    <message>
        <source>Choose the therapy authorized.</source>
        <translation>Elija la terapia autorizada.</translation>
    </message>
</context>
<context>
    <name>chairside::BackupTab</name>
    <message>
        <source>Make a backup every &amp;day</source>
        <translation>Hacer una copia cada &amp;día</translation>
    </message>
    <message>
        <source>The first desk to find the day&apos;s copy missing makes it; the others see it made.</source>
        <translation>El primer puesto que encuentra que falta la copia del día la hace; los demás la ven hecha.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>After the number of days daily backups are kept: &quot;14 days&quot;.</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Conservar las copias diarias durante</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Copiar &amp;ahora</translation>
    </message>
    <message>
        <source>Writes a checked copy into the backup folder now; the daily backups never remove it.</source>
        <translation>Escribe ahora una copia comprobada en la carpeta de copias; las copias diarias nunca la eliminan.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <source>Each copy is checked (SQLite&apos;s integrity check and the audit trail) before it is kept, with the audit key beside it. Keep the folder on another disk, or copy it off this computer: a backup on the same disk is lost with it.</source>
        <translation>Cada copia se comprueba (la integridad de SQLite y el registro de auditoría) antes de conservarla, con la clave de auditoría al lado. Tenga la carpeta en otro disco, o cópiela fuera de este equipo: una copia en el mismo disco se pierde con él.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Ca&amp;rpeta</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>C&amp;onservar las copias diarias durante</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;Guardar la configuración de copias</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>hace menos de una hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)
%4</source>
        <translation>%1, %2 (%3)
%4</translation>
    </message>
    <message>
        <source>No backup has been made of this database yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de esta base de datos.</translation>
    </message>
    <message>
        <source>No backup in the last day, and the daily backup is off. A failed disk would lose everything since the last copy: turn it on, or back up now.</source>
        <translation>Ninguna copia en el último día, y la copia diaria está desactivada. Si falla el disco se pierde todo lo posterior a la última copia: actívela, o haga una copia ahora.</translation>
    </message>
    <message>
        <source>No backup in the last day. The daily backup runs at the desks while someone is signed in; if one is open and this stays, check that the folder can be written, or back up now.</source>
        <translation>Ninguna copia en el último día. La copia diaria se hace en los puestos mientras hay alguien con la sesión iniciada; si hay uno abierto y este aviso sigue, compruebe que se puede escribir en la carpeta, o haga una copia ahora.</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Configuración de copias guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1; its audit trail of %n entries verified.</source>
        <translation>
            <numerusform>Copia hecha en %1; su registro de auditoría de %n entrada se verificó.</numerusform>
            <numerusform>Copia hecha en %1; su registro de auditoría de %n entradas se verificó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::CallListView</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Confirmation calls</source>
        <extracomment>The desk&apos;s list of patients to call to confirm their appointments.</extracomment>
        <translation>Llamadas de confirmación</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>&amp;Confirmed (C)</source>
        <translation>&amp;Confirmada (C)</translation>
    </message>
    <message>
        <source>Left a &amp;message (M)</source>
        <translation>Se dejó &amp;mensaje (M)</translation>
    </message>
    <message>
        <source>&amp;No answer (N)</source>
        <translation>&amp;No contesta (N)</translation>
    </message>
    <message>
        <source>Wants to &amp;reschedule (R)…</source>
        <translation>Quiere ca&amp;mbiar (R)…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Appointments to confirm</source>
        <translation>Citas por confirmar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No está listo</translation>
    </message>
    <message>
        <source>Calls (%1)</source>
        <extracomment>The tab of the confirmation calls, with how many are left to make.</extracomment>
        <translation>Llamadas (%1)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation>móvil %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n calls)</source>
        <translation>
            <numerusform> (%n llamada)</numerusform>
            <numerusform> (%n llamadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>No desea recordatorios</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>%n por llamar</numerusform>
            <numerusform>%n por llamar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmada</numerusform>
            <numerusform>%n confirmadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient asked on the confirmation call to move this appointment.</source>
        <translation>El paciente pidió en la llamada de confirmación cambiar esta cita.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: “%4”</source>
        <extracomment>A reply to a text reminder that confirmed nothing: when, from which number, why, the words.</extracomment>
        <translation>%1 · %2 · %3: «%4»</translation>
    </message>
    <message>
        <source>Replies to texts that confirmed nothing:</source>
        <translation>Respuestas a mensajes que no confirmaron nada:</translation>
    </message>
</context>
<context>
    <name>chairside::CenterDetailsEditor</name>
    <message>
        <source>e.g. Riverside Infusion Center</source>
        <translation>p. ej. Riverside Infusion Center</translation>
    </message>
    <message>
        <source>e.g. (312) 555-0100</source>
        <translation>p. ej. (312) 555-0100</translation>
    </message>
    <message>
        <source>Center &amp;name</source>
        <translation>&amp;Nombre del centro</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Printed on every confirmation slip, for patients who must change their appointment.</source>
        <translation>Se imprime en cada comprobante de cita, para los pacientes que necesiten cambiar su cita.</translation>
    </message>
</context>
<context>
    <name>chairside::ConfirmationSlip</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1, about %2</source>
        <translation>%1, aproximadamente %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Confirmación de cita</translation>
    </message>
    <message>
        <source>Appointment confirmation   ·   Phone %1</source>
        <translation>Confirmación de cita   ·   Teléfono %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>%1   ·   MRN %2</source>
        <translation>%1   ·   MRN %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your appointment code</source>
        <translation>Su código de cita</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Por favor, traiga</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Identificación con foto</translation>
    </message>
    <message>
        <source>Your insurance card</source>
        <translation>Su tarjeta del seguro</translation>
    </message>
    <message>
        <source>A list of your current medications</source>
        <translation>Una lista de los medicamentos que toma</translation>
    </message>
    <message>
        <source>Before you come</source>
        <translation>Antes de venir</translation>
    </message>
    <message>
        <source>Eat and drink normally before your infusion.</source>
        <translation>Coma y beba con normalidad antes de su infusión.</translation>
    </message>
    <message>
        <source>Check-in opens %1 minutes before your appointment; please do not arrive earlier.</source>
        <translation>El registro de llegada empieza %1 minutos antes de su cita; por favor, no llegue antes.</translation>
    </message>
    <message>
        <source>If you arrive more than %1 minutes late, we cannot hold your chair and will book you a new time: your dose is prepared for you and this time only.</source>
        <translation>Si llega más de %1 minutos tarde, no podemos guardarle el sillón y le daremos una cita nueva: su dosis se prepara para usted y solo para esta hora.</translation>
    </message>
    <message>
        <source>Give the desk this code, or let us scan it, when you arrive.</source>
        <translation>Al llegar, dé este código en recepción o deje que lo escaneemos.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Cómo comunicarse con nosotros</translation>
    </message>
    <message>
        <source>The front desk of %1 is there for you during opening hours. To change or cancel, give your appointment code and tell us at least a day ahead, so that the dose is not made in vain.</source>
        <translation>La recepción de %1 le atiende en el horario de apertura. Para cambiar o cancelar su cita, dé su código de cita y avísenos con al menos un día de anticipación, para que la dosis no se prepare en vano.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llame al %1</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Cita %1</translation>
    </message>
</context>
<context>
    <name>chairside::CoverageDialog</name>
    <message>
        <source>Change coverage %1</source>
        <translation>Modificar la cobertura %1</translation>
    </message>
    <message>
        <source>Add coverage</source>
        <translation>Agregar una cobertura</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Aseguradora:</translation>
    </message>
    <message>
        <source>&amp;Member id:</source>
        <translation>&amp;Número de afiliado:</translation>
    </message>
    <message>
        <source>The day the payer last confirmed eligibility</source>
        <translation>El día en que la aseguradora confirmó la elegibilidad por última vez</translation>
    </message>
    <message>
        <source>Eligibility &amp;verified on:</source>
        <translation>Elegibilidad &amp;verificada el:</translation>
    </message>
</context>
<context>
    <name>chairside::DaySchedule</name>
    <message>
        <source>The day&apos;s appointments could not be read, so what is shown may be out of date: %1 Press F5 to try again.</source>
        <translation>No se pudieron leer las citas del día, así que lo que se muestra puede no estar al día: %1 Pulse F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>A change to the day could not be read, so what is shown may be out of date: %1 Press F5 to try again.</source>
        <translation>No se pudo leer un cambio del día, así que lo que se muestra puede no estar al día: %1 Pulse F5 para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>chairside::DecisionBanner</name>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>ADMITIR</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>ESPERAR</translation>
    </message>
    <message>
        <source>RESCHEDULE</source>
        <translation>REPROGRAMAR</translation>
    </message>
    <message>
        <source>NOT IDENTIFIED</source>
        <translation>NO IDENTIFICADO</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>chairside::DecisionPanel</name>
    <message>
        <source>Say to the patient</source>
        <translation>Dígale al paciente</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>Admi&amp;tir</translation>
    </message>
    <message>
        <source>&amp;Mark arrived — waiting</source>
        <translation>&amp;Marcar llegada — en espera</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <extracomment>A verb: book an appointment.</extracomment>
        <translation>Pr&amp;ogramar…</translation>
    </message>
    <message>
        <source>Check-in decision</source>
        <translation>Decisión del registro de llegada</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
    <message>
        <source>Mark arrived, waiting</source>
        <translation>Marcar llegada, en espera</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Programar una cita</translation>
    </message>
    <message>
        <source>Override and admit</source>
        <translation>Anular y admitir</translation>
    </message>
    <message>
        <source>Eligibility verified now</source>
        <translation>Elegibilidad verificada ahora</translation>
    </message>
    <message>
        <source>The payer just confirmed the coverage: record it with your name and the time, and decide again</source>
        <translation>La aseguradora acaba de confirmar la cobertura: regístrelo con su nombre y la hora, y vuelva a decidir</translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation>(anulado)</translation>
    </message>
    <message>
        <source>your chair</source>
        <translation>su sillón</translation>
    </message>
    <message>
        <source>Everything is ready for you, %1; please go to %2.</source>
        <translation>Todo está listo para usted, %1; por favor, pase a %2.</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>A prescriber&apos;s order (referral) for the infusion, not a purchase.</extracomment>
        <translation>Orden médica</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>&lt;b&gt;OK&lt;/b&gt;</source>
        <translation>&lt;b&gt;OK&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready&lt;/b&gt;</source>
        <translation>&lt;b&gt;No está listo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2 · %3, %4 · %5 · %6</source>
        <translation>%1, %2 · %3, %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Next booked</source>
        <extracomment>The patient&apos;s next booked appointment.</extracomment>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Earliest free</source>
        <extracomment>The earliest free slot on a chair.</extracomment>
        <translation>Primera libre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Admit — %1</source>
        <translation>Admi&amp;tir — %1</translation>
    </message>
    <message>
        <source>Arrived at %1 — waiting</source>
        <translation>Llegó a las %1 — en espera</translation>
    </message>
    <message>
        <source>Move the booking earlier</source>
        <translation>Adelantar la cita</translation>
    </message>
    <message>
        <source>Admit past %1, with a reason</source>
        <translation>Admitir pese a %1, con un motivo</translation>
    </message>
    <message>
        <source>%1 (emergency access)</source>
        <translation>%1 (acceso de emergencia)</translation>
    </message>
    <message>
        <source>Nothing here can be overridden: identity, paperwork and the dose decide it.</source>
        <translation>Aquí no se puede anular nada: lo deciden la identidad, los papeles y la dosis.</translation>
    </message>
    <message>
        <source>Overr&amp;ide…</source>
        <extracomment>A verb: admit past a rule, with a reason.</extracomment>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <source>Move it ear&amp;lier…</source>
        <translation>A&amp;delantar la cita…</translation>
    </message>
    <message>
        <source>Eligibility verified &amp;now</source>
        <translation>Elegibilidad verificada a&amp;hora</translation>
    </message>
</context>
<context>
    <name>chairside::DemographicsDialog</name>
    <message>
        <source>Correct demographics</source>
        <translation>Corregir datos demográficos</translation>
    </message>
</context>
<context>
    <name>chairside::DeskReminderSender</name>
    <message>
        <source>Reminders could not be sent from this desk: %1</source>
        <translation>No se pudieron enviar recordatorios desde este puesto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reminders not sent: %n. Settings, Reminders lists them to retry.</source>
        <translation>
            <numerusform>Recordatorios no enviados: %n. Ajustes, Recordatorios los muestra para reintentarlos.</numerusform>
            <numerusform>Recordatorios no enviados: %n. Ajustes, Recordatorios los muestra para reintentarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::DeskView</name>
    <message>
        <source>Check-in desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>Name, MRN, date of birth, phone — or scan the slip</source>
        <translation>Nombre, MRN, fecha de nacimiento, teléfono — o escanee el comprobante</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Patient and decision</source>
        <translation>Paciente y decisión</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Open patient page</source>
        <translation>Abrir la pá&amp;gina del paciente</translation>
    </message>
    <message>
        <source>The patient&apos;s orders, coverage, authorizations and appointments (Ctrl+O)</source>
        <translation>Las órdenes médicas, coberturas, autorizaciones y citas del paciente (Ctrl+O)</translation>
    </message>
    <message>
        <source>Pick a patient in the results first, then open their page.</source>
        <translation>Primero elija un paciente en los resultados y después abra su página.</translation>
    </message>
    <message>
        <source>A new patient, after looking for them here first</source>
        <translation>Un paciente nuevo, después de buscarlo aquí primero</translation>
    </message>
    <message>
        <source>Type as the patient speaks: “alvarez maria”, “M0001”, “3/4/1961”, “617 555”. ↓ goes to the list, Enter picks, Esc clears.</source>
        <translation>Escriba como lo dice el paciente: “alvarez maria”, “M0001”, “3/4/1961”, “617 555”. ↓ va a la lista, Intro elige, Esc borra.</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>¿Quién está en recepción?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Find the patient by the name as they say it, their MRN, date of birth or phone number, or scan the code on their confirmation slip.&lt;/p&gt;&lt;p&gt;Then ask for their date of birth: two identifiers must match before anyone is admitted.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;from the search field into the results&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search now, pick the patient, confirm, act&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;back to the search; again to clear it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the search field, from anywhere&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Busque al paciente por su nombre tal como lo dice, su MRN, su fecha de nacimiento o su teléfono, o escanee el código de su comprobante de cita.&lt;/p&gt;&lt;p&gt;Después pregúntele su fecha de nacimiento: deben coincidir dos identificadores antes de admitir a nadie.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;del campo de búsqueda a los resultados&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Intro&lt;/b&gt;&lt;/td&gt;&lt;td&gt;buscar ya, elegir al paciente, confirmar, actuar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;volver a la búsqueda; otra vez para borrarla&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;el campo de búsqueda, desde cualquier lugar&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Date of birth, as the patient says it</source>
        <translation>Fecha de nacimiento, tal como la dice el paciente</translation>
    </message>
    <message>
        <source>e.g. 03/04/1961, 1961-03-04 or 4 March 1961</source>
        <translation>p. ej. 03/04/1961, 1961-03-04 o 4 de marzo de 1961</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>A verb: check the patient&apos;s two identifiers.</extracomment>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check the two identifiers</source>
        <translation>Comprobar los dos identificadores</translation>
    </message>
    <message>
        <source>The search did not run</source>
        <translation>No se hizo la búsqueda</translation>
    </message>
    <message>
        <source>There is no appointment %1. Check the code on the slip, or search by name and date of birth.</source>
        <translation>No existe la cita %1. Revise el código del comprobante o busque por nombre y fecha de nacimiento.</translation>
    </message>
    <message>
        <source>No patient matches “%1”. Check the spelling, or try the date of birth, the MRN or the phone.</source>
        <translation>Ningún paciente coincide con «%1». Revise la ortografía o pruebe con la fecha de nacimiento, el MRN o el teléfono.</translation>
    </message>
    <message>
        <source>1 patient. Enter picks.</source>
        <translation>1 paciente. Intro lo elige.</translation>
    </message>
    <message>
        <source>The first %1 patients, best match first: type more to narrow. ↓ to choose, Enter to pick.</source>
        <translation>Los primeros %1 pacientes, el más parecido primero: escriba más para acotar. ↓ para elegir, Intro para seleccionar.</translation>
    </message>
    <message>
        <source>%1 patients, best match first. ↓ to choose, Enter to pick.</source>
        <translation>%1 pacientes, el más parecido primero. ↓ para elegir, Intro para seleccionar.</translation>
    </message>
    <message>
        <source>The patient&apos;s record was not opened</source>
        <translation>No se abrió el expediente del paciente</translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation>Encontrado por: %1</translation>
    </message>
    <message>
        <source>Slip %1: %2</source>
        <translation>Comprobante %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second identifier:&lt;/b&gt; ask the patient&apos;s date of birth (the MRN is the first).</source>
        <translation>&lt;b&gt;Segundo identificador:&lt;/b&gt; pregunte al paciente su fecha de nacimiento (el MRN es el primero).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second identifier:&lt;/b&gt; ask the patient&apos;s date of birth, and check that they give the name on the card.</source>
        <translation>&lt;b&gt;Segundo identificador:&lt;/b&gt; pregunte al paciente su fecha de nacimiento y compruebe que dice el nombre de la tarjeta.</translation>
    </message>
    <message>
        <source>Ask the patient for their date of birth and type it here.</source>
        <translation>Pregunte al paciente su fecha de nacimiento y escríbala aquí.</translation>
    </message>
    <message>
        <source>“%1” is not a date of birth. Write it as 03/04/1961, 1961-03-04 or 4 March 1961.</source>
        <translation>«%1» no es una fecha de nacimiento. Escríbala como 03/04/1961, 1961-03-04 o 4 de marzo de 1961.</translation>
    </message>
    <message>
        <source>The check-in could not be decided</source>
        <translation>No se pudo decidir el registro de llegada</translation>
    </message>
    <message>
        <source>The date of birth %1 is not that of %2 (MRN %3), but of another patient of the same name; search again and pick the right record.</source>
        <translation>La fecha de nacimiento %1 no es la de %2 (MRN %3), sino la de otro paciente con el mismo nombre; busque de nuevo y elija el expediente correcto.</translation>
    </message>
    <message>
        <source>MRN + date of birth ✓ — identified</source>
        <translation>MRN + fecha de nacimiento ✓ — identificado</translation>
    </message>
    <message>
        <source>Name + date of birth ✓ — identified</source>
        <translation>Nombre + fecha de nacimiento ✓ — identificado</translation>
    </message>
    <message>
        <source>Two patients share this name and date of birth — ask for the MRN and search by it</source>
        <translation>Dos pacientes tienen este nombre y fecha de nacimiento — pida el MRN y busque por él</translation>
    </message>
    <message>
        <source>Date of birth does not match %1&apos;s record — stop here and ask again</source>
        <translation>La fecha de nacimiento no coincide con el expediente de %1 — deténgase y vuelva a preguntar</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>The patient was not admitted</source>
        <translation>No se admitió al paciente</translation>
    </message>
    <message>
        <source>The arrival was not recorded</source>
        <translation>No se registró la llegada</translation>
    </message>
    <message>
        <source>%1 was already checked in; nothing was done again.</source>
        <translation>%1 ya estaba registrado; no se volvió a hacer nada.</translation>
    </message>
    <message>
        <source>Checked in at %1: %2 to %3.</source>
        <translation>Registrado a las %1: %2 a %3.</translation>
    </message>
    <message>
        <source>Marked arrived at %1: %2 is waiting. %3</source>
        <translation>Llegada marcada a las %1: %2 está en espera. %3</translation>
    </message>
    <message>
        <source>Nothing was admitted: the answer changed since it was shown. %1</source>
        <translation>No se admitió a nadie: la respuesta cambió desde que se mostró. %1</translation>
    </message>
    <message>
        <source>%1 came in today and asks to be seen sooner.</source>
        <translation>%1 vino hoy y pide que le atiendan antes.</translation>
    </message>
    <message>
        <source>The patient asks to move this appointment.</source>
        <translation>El paciente pide cambiar esta cita.</translation>
    </message>
    <message>
        <source>rescheduled at the desk: %1</source>
        <translation>reprogramada en recepción: %1</translation>
    </message>
    <message>
        <source>moved earlier at the desk: the patient came in to be seen sooner</source>
        <translation>adelantada en recepción: el paciente vino para que le atiendan antes</translation>
    </message>
    <message>
        <source>moved at the desk at the patient&apos;s request</source>
        <translation>cambiada en recepción a petición del paciente</translation>
    </message>
    <message>
        <source>Moved to %1, %2 — code %3.</source>
        <translation>Cambiada a %1, %2 — código %3.</translation>
    </message>
    <message>
        <source>A new appointment for %1.</source>
        <translation>Una cita nueva para %1.</translation>
    </message>
    <message>
        <source>Booked %1, %2 — code %3.</source>
        <translation>Programada %1, %2 — código %3.</translation>
    </message>
    <message>
        <source>The override was not applied</source>
        <translation>No se aplicó la anulación</translation>
    </message>
    <message>
        <source>Admitted at %1 by %2 with emergency access (break glass) over %3: %4. Flagged for review.</source>
        <translation>Admitido a las %1 por %2 con acceso de emergencia, pese a %3: %4. Marcado para revisión.</translation>
    </message>
    <message>
        <source>Admitted at %1 by %2 over %3: %4.</source>
        <translation>Admitido a las %1 por %2 pese a %3: %4.</translation>
    </message>
    <message>
        <source>Coverage and &amp;eligibility</source>
        <translation>Cobertura y &amp;elegibilidad</translation>
    </message>
    <message>
        <source>%1 has no coverage on file: add it on the patient page, then verify.</source>
        <translation>%1 no tiene ninguna cobertura registrada: agréguela en la página del paciente y después verifíquela.</translation>
    </message>
    <message>
        <source>Eligibility verified now</source>
        <translation>Elegibilidad verificada ahora</translation>
    </message>
    <message>
        <source>Which payer confirmed eligibility?</source>
        <translation>¿Qué aseguradora confirmó la elegibilidad?</translation>
    </message>
    <message>
        <source>Eligibility was not recorded</source>
        <translation>No se registró la elegibilidad</translation>
    </message>
    <message>
        <source>Eligibility with %1 verified now by %2, at %3.</source>
        <translation>Elegibilidad con %1 verificada ahora por %2, a las %3.</translation>
    </message>
    <message>
        <source>There is no booked appointment on screen to print a slip for.</source>
        <translation>No hay en pantalla ninguna cita programada para imprimir su comprobante.</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <source>Print the confirmation slip</source>
        <translation>Imprimir el comprobante de cita</translation>
    </message>
    <message>
        <source>The slip was not printed</source>
        <translation>No se imprimió el comprobante</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected, or save the slip as a PDF.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que está encendida y conectada, o guarde el comprobante como PDF.</translation>
    </message>
    <message>
        <source>Register &amp;patient…</source>
        <translation>Registrar &amp;paciente…</translation>
    </message>
</context>
<context>
    <name>chairside::DoseModel</name>
    <message>
        <source>ddd HH:mm</source>
        <comment>date format</comment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Ready %1</source>
        <translation>Lista %1</translation>
    </message>
    <message>
        <source>Ready %1 · usable until %2</source>
        <translation>Lista %1 · utilizable hasta %2</translation>
    </message>
    <message>
        <source>Wasted %1</source>
        <translation>Desechada %1</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Desechada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No está lista</translation>
    </message>
    <message>
        <source>Booked %1, after the cut-off at %2</source>
        <translation>Programada %1, pasado el corte del %2</translation>
    </message>
    <message>
        <source>Moved here %1, after the cut-off at %2</source>
        <translation>Cambiada aquí %1, pasado el corte del %2</translation>
    </message>
    <message>
        <source>Orphan dose: the appointment was moved (now appointment %1)</source>
        <translation>Dosis huérfana: la cita se cambió (ahora es la cita %1)</translation>
    </message>
    <message>
        <source>Orphan dose: the patient did not come</source>
        <translation>Dosis huérfana: el paciente no vino</translation>
    </message>
    <message>
        <source>Orphan dose: the appointment was entered in error</source>
        <translation>Dosis huérfana: la cita se registró por error</translation>
    </message>
    <message>
        <source>Orphan dose: the appointment was cancelled</source>
        <translation>Dosis huérfana: la cita se canceló</translation>
    </message>
    <message>
        <source>A dose was made for an appointment that will not take place: use it as the pharmacy decides, or mark it wasted.</source>
        <translation>Se preparó una dosis para una cita que no se hará: úsela como decida la farmacia o márquela como desechada.</translation>
    </message>
    <message>
        <source>The appointment came after the pharmacy&apos;s cut-off (%1 hours before its start): check the dose is planned.</source>
        <translation>La cita llegó después del corte de la farmacia (%1 horas antes de su inicio): compruebe que la dosis está prevista.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Sillón</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Late change</source>
        <extracomment>A booking changed after the pharmacy&apos;s cut-off.</extracomment>
        <translation>Cambio tardío</translation>
    </message>
</context>
<context>
    <name>chairside::FirstAdminForm</name>
    <message>
        <source>Create the first admin account</source>
        <translation>Crear la primera cuenta de administración</translation>
    </message>
    <message>
        <source>This database has no admin yet. The admin adds the staff who use Chairside and sets the security policy. Keep the password somewhere safe.</source>
        <translation>Esta base de datos todavía no tiene administrador. El administrador agrega al personal que usa Chairside y fija la política de seguridad. Guarde la contraseña en un lugar seguro.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Create admin account</source>
        <translation>&amp;Crear la cuenta de administración</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>At least %1 characters: long enough.</source>
        <translation>Al menos %1 caracteres: suficientemente larga.</translation>
    </message>
    <message>
        <source>At least %1 characters: %2 more.</source>
        <translation>Al menos %1 caracteres: faltan %2.</translation>
    </message>
    <message>
        <source>Give the admin a user name.</source>
        <translation>Dé un nombre de usuario al administrador.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>chairside::HoursEditor</name>
    <message>
        <source>Hours on %1</source>
        <translation>Horario del %1</translation>
    </message>
    <message>
        <source>e.g. 07:00-19:00, or 07:00-12:00, 13:00-21:00</source>
        <translation>p. ej. 07:00-19:00, o 07:00-12:00, 13:00-21:00</translation>
    </message>
    <message>
        <source>%1 is ticked open but has no hours; give them, e.g. 07:00-19:00.</source>
        <translation>%1 está marcado como abierto pero no tiene horario; indíquelo, p. ej. 07:00-19:00.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The center is open on no day; tick the days it opens.</source>
        <translation>El centro no abre ningún día; marque los días en que abre.</translation>
    </message>
</context>
<context>
    <name>chairside::InterfaceMessageModel</name>
    <message>
        <source>MLLP</source>
        <translation>MLLP</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <source>HL7 v2</source>
        <translation>HL7 v2</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss</source>
        <comment>date format</comment>
        <translation>d MMM HH:mm:ss</translation>
    </message>
    <message>
        <source>Repeats message %1</source>
        <translation>Repite el mensaje %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Control id</source>
        <translation>Id. de control</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason or what it did</source>
        <translation>Motivo o lo que hizo</translation>
    </message>
</context>
<context>
    <name>chairside::InterfacesView</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <extracomment>A verb: map the sender&apos;s value to a center or a therapy.</extracomment>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>C&amp;opy raw text</source>
        <translation>C&amp;opiar el texto original</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Retry &amp;them now</source>
        <translation>Reintentar&amp;los ahora</translation>
    </message>
    <message>
        <source>Mappings and settings</source>
        <translation>Asignaciones y ajustes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Control id or type</source>
        <translation>Id. de control o tipo</translation>
    </message>
    <message>
        <source>Control id or type (SIU^S12)</source>
        <translation>Id. de control o tipo (SIU^S12)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Messages received, newest first</source>
        <translation>Mensajes recibidos, los más recientes primero</translation>
    </message>
    <message>
        <source>The message&apos;s raw text</source>
        <translation>El texto original del mensaje</translation>
    </message>
    <message>
        <source>Retry the quarantined message</source>
        <translation>Reintentar el mensaje en cuarentena</translation>
    </message>
    <message>
        <source>Map the value the message waits on</source>
        <translation>Asignar el valor que espera el mensaje</translation>
    </message>
    <message>
        <source>Raw &amp;text, as received:</source>
        <translation>&amp;Texto original, tal como se recibió:</translation>
    </message>
    <message>
        <source>The raw text is on the clipboard.</source>
        <translation>El texto original está en el portapapeles.</translation>
    </message>
    <message>
        <source>Quarantined messages wait on these values. Map one, then retry the messages that waited on it.</source>
        <translation>Los mensajes en cuarentena esperan estos valores. Asigne uno y después reintente los mensajes que lo esperaban.</translation>
    </message>
    <message>
        <source>Values quarantined messages wait on</source>
        <translation>Valores que esperan los mensajes en cuarentena</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Sender&apos;s value</source>
        <translation>Valor del remitente</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Mensajes en espera</translation>
    </message>
    <message>
        <source>Map the value selected</source>
        <translation>Asignar el valor seleccionado</translation>
    </message>
    <message>
        <source>Waiting for a mapping</source>
        <translation>En espera de una asignación</translation>
    </message>
    <message>
        <source>Mapping tables</source>
        <translation>Tablas de asignación</translation>
    </message>
    <message>
        <source>Center or therapy</source>
        <translation>Centro o terapia</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>MRN assigning authority</source>
        <translation>Autoridad asignadora del MRN</translation>
    </message>
    <message>
        <source>The first MR or MRN identifier</source>
        <translation>El primer identificador MR o MRN</translation>
    </message>
    <message>
        <source>Senders&apos; time zone</source>
        <translation>Zona horaria de los remitentes</translation>
    </message>
    <message>
        <source>The center&apos;s own</source>
        <translation>La del centro</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>MRN assigning a&amp;uthority (PID-3.4):</source>
        <translation>A&amp;utoridad asignadora del MRN (PID-3.4):</translation>
    </message>
    <message>
        <source>Senders&apos; time &amp;zone:</source>
        <translation>&amp;Zona horaria de los remitentes:</translation>
    </message>
    <message>
        <source>Times sent without an offset are read in this zone.</source>
        <translation>Las horas enviadas sin desfase se leen en esta zona.</translation>
    </message>
    <message>
        <source>Interfaces (%1)</source>
        <translation>Interfaces (%1)</translation>
    </message>
    <message>
        <source>%1: %2 What the page shows may be out of date; press F5 to try again.</source>
        <translation>%1: %2 Lo que muestra la página puede no estar al día; pulse F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The message counts could not be read</source>
        <translation>No se pudieron leer los recuentos de mensajes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; received today &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; applied &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; repeated &amp;nbsp;·&amp;nbsp; &lt;b&gt;%4&lt;/b&gt; ignored &amp;nbsp;·&amp;nbsp; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; recibidos hoy &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; aplicados &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; repetidos &amp;nbsp;·&amp;nbsp; &lt;b&gt;%4&lt;/b&gt; ignorados &amp;nbsp;·&amp;nbsp; %5</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>&lt;b&gt;0&lt;/b&gt; quarantined</source>
        <translation>&lt;b&gt;0&lt;/b&gt; en cuarentena</translation>
    </message>
    <message>
        <source>%1 received today, %2 applied, %3 repeated, %4 ignored, %5 quarantined</source>
        <translation>%1 recibidos hoy, %2 aplicados, %3 repetidos, %4 ignorados, %5 en cuarentena</translation>
    </message>
    <message>
        <source>1 message kept</source>
        <translation>1 mensaje guardado</translation>
    </message>
    <message>
        <source>%1 messages kept</source>
        <translation>%1 mensajes guardados</translation>
    </message>
    <message>
        <source>The messages could not be read</source>
        <translation>No se pudieron leer los mensajes</translation>
    </message>
    <message>
        <source>The newest %1 messages: pick a state to see older ones.</source>
        <translation>Los %1 mensajes más recientes: elija un estado para ver los anteriores.</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages, newest first</source>
        <translation>%1 mensajes, los más recientes primero</translation>
    </message>
    <message>
        <source>The mapping tables could not be read</source>
        <translation>No se pudieron leer las tablas de asignación</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>1 message matches</source>
        <translation>Coincide 1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages match</source>
        <translation>Coinciden %1 mensajes</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Ningún mensaje seleccionado</translation>
    </message>
    <message>
        <source>Pick a message in the list to see it whole.</source>
        <translation>Elija un mensaje de la lista para verlo completo.</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>No se pudo leer el mensaje</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>date format</comment>
        <translation>d MMM yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unread message</source>
        <translation>Mensaje ilegible</translation>
    </message>
    <message>
        <source>no control id</source>
        <translation>sin id. de control</translation>
    </message>
    <message>
        <source>control id %1</source>
        <translation>id. de control %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Refused at %1: %2</source>
        <translation>Rechazado a las %1: %2</translation>
    </message>
    <message>
        <source>It waits for the location “%1” to be mapped to a center.</source>
        <translation>Espera a que la ubicación «%1» se asigne a un centro.</translation>
    </message>
    <message>
        <source>It waits for the service “%1” to be mapped to a therapy.</source>
        <translation>Espera a que el servicio «%1» se asigne a una terapia.</translation>
    </message>
    <message>
        <source>Nothing of it was written.</source>
        <translation>No se escribió nada de él.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>%1, by %2 (%3)</source>
        <translation>%1, por %2 (%3)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>Nothing: it repeats message %1, already applied.</source>
        <translation>Nada: repite el mensaje %1, ya aplicado.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>once, by %1 at %2</source>
        <translation>una vez, por %1 a las %2</translation>
    </message>
    <message>
        <source>%1 times, the last by %2 at %3</source>
        <translation>%1 veces, la última por %2 a las %3</translation>
    </message>
    <message>
        <source>Message %1 could not be retried: %2</source>
        <translation>No se pudo reintentar el mensaje %1: %2</translation>
    </message>
    <message>
        <source>Message %1 was applied.</source>
        <translation>Se aplicó el mensaje %1.</translation>
    </message>
    <message>
        <source>Message %1 was applied: %2.</source>
        <translation>Se aplicó el mensaje %1: %2.</translation>
    </message>
    <message>
        <source>Message %1 is still quarantined: %2</source>
        <translation>El mensaje %1 sigue en cuarentena: %2</translation>
    </message>
    <message>
        <source>Message %1 repeats one already applied: nothing more was done.</source>
        <translation>El mensaje %1 repite uno ya aplicado: no se hizo nada más.</translation>
    </message>
    <message>
        <source>Message %1 was read, with nothing to do.</source>
        <translation>Se leyó el mensaje %1, sin nada que hacer.</translation>
    </message>
    <message>
        <source>“%1” now maps to %2.</source>
        <translation>«%1» ahora se asigna a %2.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>No se pudo quitar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” no longer maps to %2; messages naming it will wait for a mapping.</source>
        <translation>«%1» ya no se asigna a %2; los mensajes que lo nombren esperarán una asignación.</translation>
    </message>
    <message>
        <source>The messages waiting could not be read</source>
        <translation>No se pudieron leer los mensajes en espera</translation>
    </message>
    <message>
        <source>1 quarantined message waited on “%2”.</source>
        <translation>1 mensaje en cuarentena esperaba «%2».</translation>
    </message>
    <message>
        <source>%1 quarantined messages waited on “%2”.</source>
        <translation>%1 mensajes en cuarentena esperaban «%2».</translation>
    </message>
    <message>
        <source>The messages could not be retried: %1</source>
        <translation>No se pudieron reintentar los mensajes: %1</translation>
    </message>
    <message>
        <source>1 of the messages retried went through</source>
        <translation>1 de los mensajes reintentados se aplicó</translation>
    </message>
    <message>
        <source>%1 of the messages retried went through</source>
        <translation>%1 de los mensajes reintentados se aplicaron</translation>
    </message>
    <message>
        <source>; %1 still quarantined: %2</source>
        <translation>; %1 siguen en cuarentena: %2</translation>
    </message>
    <message>
        <source>The interface settings were saved.</source>
        <translation>Se guardaron los ajustes de la interfaz.</translation>
    </message>
</context>
<context>
    <name>chairside::LanguageBox</name>
    <message>
        <source>Language on this workstation</source>
        <translation>Idioma en esta estación de trabajo</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>The language of the computer&apos;s own settings.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of this workstation, from its next start</source>
        <translation>El idioma de esta estación de trabajo, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Chairside speaks the language chosen here from its next start on this workstation; other workstations keep their own.</source>
        <translation>Chairside usará el idioma elegido aquí a partir del próximo inicio en esta estación de trabajo; las demás estaciones conservan el suyo.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Saved. Chairside speaks this language from its next start on this workstation.</source>
        <translation>Guardado. Chairside usará este idioma a partir del próximo inicio en esta estación de trabajo.</translation>
    </message>
</context>
<context>
    <name>chairside::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Cambiar de usuario</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Chairside is locked</source>
        <translation>Chairside está bloqueado</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in.</source>
        <translation>%1 (%2) tiene la sesión iniciada.</translation>
    </message>
    <message numerus="yes">
        <source>Locked at %1 after %n minute(s) without use.</source>
        <translation>
            <numerusform>Bloqueado a las %1 tras %n minuto sin uso.</numerusform>
            <numerusform>Bloqueado a las %1 tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked at %1.</source>
        <translation>Bloqueado a las %1.</translation>
    </message>
    <message>
        <source>%1 %2 Type %3&apos;s password to go on, or switch user.</source>
        <translation>%1 %2 Escriba la contraseña de %3 para continuar, o cambie de usuario.</translation>
    </message>
    <message>
        <source>Type %1&apos;s password.</source>
        <translation>Escriba la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>chairside::LoginScreen</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Cuentas de demostración</translation>
    </message>
    <message>
        <source>DEMO database</source>
        <translation>Base de datos de DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>These accounts exist only in this demo database, which is why their passwords are shown here. A real database never shows them.</source>
        <translation>Estas cuentas solo existen en esta base de datos de demostración; por eso se muestran aquí sus contraseñas. Una base de datos real nunca las muestra.</translation>
    </message>
    <message>
        <source>Check-in desk and chair roster.</source>
        <translation>Recepción y agenda de sillones.</translation>
    </message>
    <message>
        <source>Check-in desk and chair roster at %1.</source>
        <translation>Recepción y agenda de sillones en %1.</translation>
    </message>
    <message>
        <source>Sign in to the DEMO</source>
        <translation>Iniciar sesión en la DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>%1 works at no center yet. An admin can add one in Center Settings &gt; Users.</source>
        <translation>%1 todavía no trabaja en ningún centro. Un administrador puede agregar uno en Configuración del centro &gt; Usuarios.</translation>
    </message>
</context>
<context>
    <name>chairside::MainWindow</name>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>The admin account %1 was created, and you are signed in with it.</source>
        <translation>Se creó la cuenta de administración %1 y ha iniciado sesión con ella.</translation>
    </message>
    <message>
        <source>The admin account %1 was created, but signing in failed: %2 Sign in with its password.</source>
        <translation>Se creó la cuenta de administración %1, pero no se pudo iniciar sesión: %2 Inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <source>Chair roster</source>
        <translation>Agenda de sillones</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Registered %1, MRN %2.</source>
        <translation>Se registró a %1, MRN %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Register Patient…</source>
        <translation>&amp;Registrar paciente…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock Screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Center &amp;Settings…</source>
        <translation>&amp;Ajustes del centro…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>Paleta &amp;oscura</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>P&amp;harmacy</source>
        <translation>&amp;Farmacia</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>&amp;Interfaces</source>
        <translation>&amp;Interfaces</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Chairside</source>
        <translation>&amp;Acerca de Chairside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Usuario: %1 (%2)</translation>
    </message>
    <message>
        <source>No center</source>
        <translation>Sin centro</translation>
    </message>
    <message>
        <source>%1 — Chairside</source>
        <translation>%1 — Chairside</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMOSTRACIÓN — %1</translation>
    </message>
    <message>
        <source>About Chairside</source>
        <translation>Acerca de Chairside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;Front-desk check-in and chair roster for appointment-only infusion centers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Chairside is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;Registro de llegada en recepción y sillones del día para centros de infusión que atienden solo con cita.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Chairside es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>Problema con la base de datos: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: %1.</source>
        <translation>Se hizo la copia de hoy: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s backup was made: %1. %n older daily copies removed.</source>
        <translation>
            <numerusform>Se hizo la copia de hoy: %1. Se eliminó %n copia diaria antigua.</numerusform>
            <numerusform>Se hizo la copia de hoy: %1. Se eliminaron %n copias diarias antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La copia diaria falló: %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Info&amp;rmes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Server: %1 (not connected)</source>
        <translation>Servidor: %1 (sin conexión)</translation>
    </message>
    <message>
        <source>Connected to the PostgreSQL server %1</source>
        <translation>Conectado al servidor PostgreSQL %1</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost at %2. Chairside is connecting again by itself; until it is back, nothing can be looked up or saved here. Check this computer&apos;s network if it takes more than a minute.</source>
        <translation>Se perdió la conexión con el servidor de base de datos %1 a las %2. Chairside se está volviendo a conectar solo; hasta entonces no se puede buscar ni guardar nada aquí. Revise la red de este equipo si tarda más de un minuto.</translation>
    </message>
    <message>
        <source>Connected to the database server %1 again.</source>
        <translation>Conectado de nuevo al servidor de base de datos %1.</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>&amp;Abrir archivo de base de datos…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>Abrir archivo de base de datos</translation>
    </message>
    <message>
        <source>Chairside databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Chairside (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Another Database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>Chairside will close and open again on %1, and you will sign in there. This workstation opens it from now on.</source>
        <translation>Chairside se cerrará y volverá a abrirse con %1, y allí iniciará sesión. Este puesto la abrirá a partir de ahora.</translation>
    </message>
    <message>
        <source>Chairside could not start again; start it yourself and it opens %1.</source>
        <translation>Chairside no pudo volver a iniciarse; inícielo usted y abrirá %1.</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>&amp;Centro</translation>
    </message>
</context>
<context>
    <name>chairside::MappingDialog</name>
    <message>
        <source>Change a Location Mapping</source>
        <translation>Modificar una asignación de ubicación</translation>
    </message>
    <message>
        <source>Change a Service Mapping</source>
        <translation>Modificar una asignación de servicio</translation>
    </message>
    <message>
        <source>Map a Sender&apos;s Location</source>
        <translation>Asignar la ubicación de un remitente</translation>
    </message>
    <message>
        <source>Map a Sender&apos;s Service</source>
        <translation>Asignar el servicio de un remitente</translation>
    </message>
    <message>
        <source>Messages naming this location (AIL, PV1-3, a FHIR Location) book at the center chosen.</source>
        <translation>Los mensajes que nombran esta ubicación (AIL, PV1-3, una Location de FHIR) programan citas en el centro elegido.</translation>
    </message>
    <message>
        <source>Messages naming this service, reason, appointment type or drug (AIS, SCH-7, SCH-8, RXE, a FHIR serviceType) book the therapy chosen.</source>
        <translation>Los mensajes que nombran este servicio, motivo, tipo de cita o medicamento (AIS, SCH-7, SCH-8, RXE, un serviceType de FHIR) programan la terapia elegida.</translation>
    </message>
    <message>
        <source>Sender&apos;s location</source>
        <translation>Ubicación del remitente</translation>
    </message>
    <message>
        <source>Sender&apos;s service</source>
        <translation>Servicio del remitente</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>The centers could not be read: %1</source>
        <translation>No se pudieron leer los centros: %1</translation>
    </message>
    <message>
        <source>The therapies could not be read: %1</source>
        <translation>No se pudieron leer las terapias: %1</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;location:</source>
        <translation>&amp;Ubicación del remitente:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;service:</source>
        <translation>&amp;Servicio del remitente:</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>&amp;Therapy:</source>
        <translation>&amp;Terapia:</translation>
    </message>
</context>
<context>
    <name>chairside::NurseLoadStrip</name>
    <message>
        <source>Nurse load</source>
        <extracomment>The strip&apos;s second row: patients in chairs against what the nurses may have.</extracomment>
        <translation>Carga de enfermería</translation>
    </message>
    <message>
        <source>%1–%2: %3 starts, the nurses can start %4; %5 patients in chairs, they may have %6</source>
        <extracomment>%1-%2 a step of 15 minutes; %3 infusions start, %4 the nurses can start; %5 patients in chairs, %6 the nurses may have.</extracomment>
        <translation>%1–%2: %3 inicios, las enfermeras pueden iniciar %4; %5 pacientes en sillones, pueden tener %6</translation>
    </message>
    <message>
        <source>No infusion starts this day.</source>
        <translation>Ninguna infusión empieza este día.</translation>
    </message>
    <message>
        <source>At most %1 starts in 15 minutes, at %2, where the nurses can start %3.</source>
        <translation>Como máximo %1 inicios en 15 minutos, a las %2, donde las enfermeras pueden iniciar %3.</translation>
    </message>
    <message>
        <source>Starts / 15 min</source>
        <extracomment>The strip&apos;s first row: infusion starts in each 15 minutes.</extracomment>
        <translation>Inicios / 15 min</translation>
    </message>
    <message>
        <source>Minutes with more patients in chairs than the nurses may have: %1.</source>
        <translation>Minutos con más pacientes en sillones de los que pueden tener las enfermeras: %1.</translation>
    </message>
</context>
<context>
    <name>chairside::NursesTab</name>
    <message>
        <source>Earliest first</source>
        <extracomment>How the slot finder orders the slots it offers.</extracomment>
        <translation>La más temprana primero</translation>
    </message>
    <message>
        <source>Levelled: pack each day, keep a quarter of the nurses&apos; starts free</source>
        <translation>Nivelada: llenar cada día, dejar libre una cuarta parte de los inicios de las enfermeras</translation>
    </message>
    <message>
        <source>What the nurses can do</source>
        <translation>Lo que pueden hacer las enfermeras</translation>
    </message>
    <message>
        <source>&amp;Starts per nurse in 15 minutes:</source>
        <translation>&amp;Inicios por enfermera en 15 minutos:</translation>
    </message>
    <message>
        <source>&amp;Patients per nurse at once:</source>
        <translation>Pacientes por enfermera a &amp;la vez:</translation>
    </message>
    <message>
        <source>Nurses on shi&amp;ft:</source>
        <translation>Enfer&amp;meras de turno:</translation>
    </message>
    <message>
        <source>Weekdays, hours from-to and the nurses on shift, e.g. mon-fri 07-19=6; sat 08-14=3. &quot;=default&quot; clears hours back to as many nurses as the chairs need.</source>
        <translation>Días, horas desde-hasta y enfermeras de turno, p. ej. mon-fri 07-19=6; sat 08-14=3 (días en inglés). &quot;=default&quot; devuelve esas horas a tantas enfermeras como necesiten los sillones.</translation>
    </message>
    <message>
        <source>&amp;Offer slots:</source>
        <translation>&amp;Ofrecer horarios:</translation>
    </message>
    <message>
        <source>Levelled offers serve a few fewer patients in the simulator (README, &quot;A level day&quot;); the earliest slot is always on offer, marked.</source>
        <translation>La oferta nivelada atiende a algunos pacientes menos en el simulador (README, &quot;A level day&quot;); el horario más temprano siempre se ofrece, marcado.</translation>
    </message>
    <message>
        <source>Sa&amp;ve nurses</source>
        <translation>&amp;Guardar enfermería</translation>
    </message>
    <message>
        <source>Nurses saved.</source>
        <translation>Enfermería guardada.</translation>
    </message>
    <message>
        <source>Hours not set have as many nurses on shift as the center&apos;s %1 chairs need: %2.</source>
        <translation>Las horas sin fijar tienen tantas enfermeras de turno como necesitan los %1 sillones del centro: %2.</translation>
    </message>
    <message>
        <source>Nurses on shift</source>
        <translation>Enfermeras de turno</translation>
    </message>
    <message>
        <source>Offer slots</source>
        <translation>Ofrecer horarios</translation>
    </message>
</context>
<context>
    <name>chairside::OrderDialog</name>
    <message>
        <source>Change order %1</source>
        <translation>Modificar la orden médica %1</translation>
    </message>
    <message>
        <source>Add a prescriber&apos;s order</source>
        <translation>Agregar una orden médica</translation>
    </message>
    <message>
        <source>e.g. 2026-12-01 or 12/1/2026</source>
        <translation>p. ej. 2026-12-01 o 12/1/2026</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An order is for one therapy; add another order for another.</source>
        <translation>Una orden médica es para una sola terapia; agregue otra orden para otra terapia.</translation>
    </message>
    <message>
        <source>&amp;Therapy:</source>
        <translation>&amp;Terapia:</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Médico que la emite:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Válida &amp;desde:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Válida &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Doses authorized:</source>
        <translation>&amp;Dosis autorizadas:</translation>
    </message>
    <message>
        <source>Doses &amp;used:</source>
        <translation>Dosis &amp;usadas:</translation>
    </message>
    <message>
        <source>Choose the therapy ordered; an admin adds therapies.</source>
        <translation>Elija la terapia indicada; la administración agrega las terapias.</translation>
    </message>
</context>
<context>
    <name>chairside::OverrideDialog</name>
    <message>
        <source>Override and admit</source>
        <translation>Anular y admitir</translation>
    </message>
    <message>
        <source>Admit %1 past these rules, as %2. The override is kept with the admission, with your name and your reason.</source>
        <translation>Admitir a %1 pese a estas reglas, como %2. La anulación se guarda con la admisión, con su nombre y su motivo.</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Anular %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only an emergency passes these.&lt;/b&gt; Emergency access admits past them on your word alone. It is flagged in the audit trail and listed on the admins&apos; report for review, with your name and your reason.</source>
        <translation>&lt;b&gt;Solo una emergencia deja pasar esto.&lt;/b&gt; El acceso de emergencia admite pese a estas reglas solo con su palabra. Queda marcado en el registro de auditoría y aparece en el informe de administración para su revisión, con su nombre y su motivo.</translation>
    </message>
    <message>
        <source>&amp;Emergency access (break glass)</source>
        <translation>Acceso de &amp;emergencia</translation>
    </message>
    <message>
        <source>Emergency access (break glass)</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo de la anulación</translation>
    </message>
    <message>
        <source>e.g. infusion cannot wait: the prescriber confirmed by phone</source>
        <translation>p. ej. la infusión no puede esperar: el médico lo confirmó por teléfono</translation>
    </message>
    <message>
        <source>e.g. chair 3 free until close, dose good until 14:00</source>
        <translation>p. ej. sillón 3 libre hasta el cierre, dosis válida hasta las 14:00</translation>
    </message>
    <message>
        <source>Break glass and &amp;admit</source>
        <translation>Acceso de emergencia y &amp;admitir</translation>
    </message>
    <message>
        <source>Override and &amp;admit</source>
        <translation>Anular y &amp;admitir</translation>
    </message>
</context>
<context>
    <name>chairside::PatientCard</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1, MRN %2</source>
        <translation>%1, MRN %2</translation>
    </message>
</context>
<context>
    <name>chairside::PatientForm</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>A&amp;ssign next</source>
        <translation>A&amp;signar el siguiente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>The next free MRN of the center&apos;s pattern</source>
        <translation>El siguiente MRN libre según el formato del centro</translation>
    </message>
    <message>
        <source>e.g. 03/04/1961, 1961-03-04 or 4 March 1961</source>
        <translation>p. ej. 03/04/1961, 1961-03-04 o 4 de marzo de 1961</translation>
    </message>
    <message>
        <source>e.g. 617-555-0100</source>
        <translation>p. ej. 617-555-0100</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>p. ej. nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>if they go by another name</source>
        <translation>si usa otro nombre</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
</context>
<context>
    <name>chairside::PatientPage</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>&amp;Correct demographics…</source>
        <translation>&amp;Corregir datos demográficos…</translation>
    </message>
    <message>
        <source>Prescriber&apos;s orders</source>
        <translation>Órdenes médicas</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Doses used</source>
        <translation>Dosis usadas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add &amp;order…</source>
        <translation>Agregar &amp;orden…</translation>
    </message>
    <message>
        <source>Change order…</source>
        <extracomment>A prescriber&apos;s order (referral), not a purchase.</extracomment>
        <translation>Modificar orden…</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <source>Eligibility verified</source>
        <translation>Elegibilidad verificada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Add co&amp;verage…</source>
        <translation>Agregar co&amp;bertura…</translation>
    </message>
    <message>
        <source>Change coverage…</source>
        <translation>Modificar cobertura…</translation>
    </message>
    <message>
        <source>&amp;Eligibility verified now</source>
        <translation>&amp;Elegibilidad verificada ahora</translation>
    </message>
    <message>
        <source>Prior authorizations</source>
        <translation>Autorizaciones previas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Visits left</source>
        <translation>Visitas restantes</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Add &amp;authorization…</source>
        <translation>Agregar &amp;autorización…</translation>
    </message>
    <message>
        <source>Change authorization…</source>
        <translation>Modificar autorización…</translation>
    </message>
    <message>
        <source>Appointments and their history</source>
        <translation>Citas y su historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Expediente del paciente</translation>
    </message>
    <message>
        <source>The payer confirmed eligibility just now: recorded with your name and the time</source>
        <translation>La aseguradora acaba de confirmar la elegibilidad: registrado con su nombre y la hora</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <source>Coverage and eligibility</source>
        <translation>Cobertura y elegibilidad</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>No existe el paciente número %1.</translation>
    </message>
    <message>
        <source>The patient&apos;s record could not be read: %1 It may be out of date.</source>
        <translation>No se pudo leer el expediente del paciente: %1 Puede no estar al día.</translation>
    </message>
    <message>
        <source>MRN %1 · born %2</source>
        <translation>MRN %1 · nacido el %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>therapy %1</source>
        <translation>terapia %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>todavía no vigente</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>agotada</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>vigente, quedan %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>No coverage on file: add the patient&apos;s insurance, then verify eligibility.</source>
        <translation>No hay cobertura registrada: agregue el seguro del paciente y después verifique la elegibilidad.</translation>
    </message>
    <message>
        <source>Eligibility was never verified.</source>
        <translation>La elegibilidad nunca se verificó.</translation>
    </message>
    <message>
        <source>Eligibility last verified %1 with %2</source>
        <translation>Elegibilidad verificada por última vez %1 con %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message numerus="yes">
        <source>: older than %n day(s), verify it before the next visit.</source>
        <translation>
            <numerusform>: tiene más de %n día, verifíquela antes de la próxima visita.</numerusform>
            <numerusform>: tiene más de %n días, verifíquela antes de la próxima visita.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Choose the coverage whose payer you verified, then press the button again.</source>
        <translation>Elija la cobertura cuya aseguradora verificó y vuelva a pulsar el botón.</translation>
    </message>
    <message>
        <source>Eligibility was not recorded</source>
        <translation>No se registró la elegibilidad</translation>
    </message>
    <message>
        <source>The patient&apos;s appointments could not be read: %1</source>
        <translation>No se pudieron leer las citas del paciente: %1</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <extracomment>Books the patient&apos;s next infusion.</extracomment>
        <translation>&amp;Programar cita…</translation>
    </message>
    <message>
        <source>A new appointment for %1.</source>
        <translation>Una cita nueva para %1.</translation>
    </message>
</context>
<context>
    <name>chairside::PatientResultsModel</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name + date of birth</source>
        <translation>Nombre + fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Appointment code</source>
        <translation>Código de cita</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>%1, born %2, MRN %3, found by %4</source>
        <translation>%1, nacido el %2, MRN %3, encontrado por %4</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Coincide por</translation>
    </message>
</context>
<context>
    <name>chairside::PatientWindow</name>
    <message>
        <source>%1 — MRN %2</source>
        <translation>%1 — MRN %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
</context>
<context>
    <name>chairside::PharmacyView</name>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>P&amp;rint worklist…</source>
        <translation>I&amp;mprimir lista de trabajo…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Mark &amp;prepared</source>
        <extracomment>The dose is compounded and ready.</extracomment>
        <translation>Marcar &amp;preparada</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>&amp;No está lista</translation>
    </message>
    <message>
        <source>Mark &amp;wasted…</source>
        <translation>Marcar &amp;desechada…</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today at the center (Alt+Home)</source>
        <translation>Hoy en el centro (Alt+Inicio)</translation>
    </message>
    <message>
        <source>Tomorrow, the day the pharmacy usually prepares for</source>
        <translation>Mañana, el día para el que la farmacia suele preparar</translation>
    </message>
    <message>
        <source>Print the day&apos;s worklist with a column for initials (Ctrl+P)</source>
        <translation>Imprimir la lista de trabajo del día con una columna para iniciales (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the day&apos;s worklist as a PDF file</source>
        <translation>Guardar la lista de trabajo del día como archivo PDF</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>Doses of the day</source>
        <translation>Dosis del día</translation>
    </message>
    <message>
        <source>Doses, earliest first</source>
        <translation>Dosis, las más tempranas primero</translation>
    </message>
    <message>
        <source>The dose is compounded: its beyond-use clock starts now (Ctrl+Return)</source>
        <translation>La dosis está preparada: su tiempo límite de uso empieza a contar ahora (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The dose is not ready after all</source>
        <translation>Al final la dosis no está lista</translation>
    </message>
    <message>
        <source>Write the dose off, saying why (Delete)</source>
        <translation>Dar de baja la dosis indicando el motivo (Supr)</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · hoy</translation>
    </message>
    <message>
        <source>%1 · tomorrow</source>
        <translation>%1 · mañana</translation>
    </message>
    <message>
        <source>No center is chosen for this desk, so there are no doses to show.</source>
        <translation>No se eligió ningún centro para esta recepción, así que no hay dosis que mostrar.</translation>
    </message>
    <message>
        <source>The doses could not be read: %1 The list may be out of date; press F5 to try again.</source>
        <translation>No se pudieron leer las dosis: %1 La lista puede no estar al día; pulse F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>No doses to prepare for this day.</source>
        <translation>No hay dosis que preparar para este día.</translation>
    </message>
    <message numerus="yes">
        <source>%n to prepare</source>
        <translation>
            <numerusform>%n por preparar</numerusform>
            <numerusform>%n por preparar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n lista</numerusform>
            <numerusform>%n listas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 orphan dose</source>
        <translation>1 dosis huérfana</translation>
    </message>
    <message>
        <source>%1 orphan doses</source>
        <translation>%1 dosis huérfanas</translation>
    </message>
    <message>
        <source>1 late change</source>
        <translation>1 cambio tardío</translation>
    </message>
    <message>
        <source>%1 late changes</source>
        <translation>%1 cambios tardíos</translation>
    </message>
    <message>
        <source>%1 for %2 at %3</source>
        <translation>%1 para %2 a las %3</translation>
    </message>
    <message>
        <source>Choose a dose.</source>
        <translation>Elija una dosis.</translation>
    </message>
    <message>
        <source>%1 · appointment %2, %3</source>
        <translation>%1 · cita %2, %3</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>cita cambiada</translation>
    </message>
    <message>
        <source>patient did not come</source>
        <translation>el paciente no vino</translation>
    </message>
    <message>
        <source>appointment cancelled</source>
        <translation>cita cancelada</translation>
    </message>
    <message>
        <source>The dose is no longer on this day&apos;s list; nothing was recorded.</source>
        <translation>La dosis ya no está en la lista de este día; no se registró nada.</translation>
    </message>
    <message>
        <source>The dose of %1 is ready; usable until %2.</source>
        <translation>La dosis de %1 está lista; utilizable hasta %2.</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date format</comment>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <source>The dose of %1 is ready.</source>
        <translation>La dosis de %1 está lista.</translation>
    </message>
    <message>
        <source>The dose of %1 is marked not ready.</source>
        <translation>La dosis de %1 se marcó como no lista.</translation>
    </message>
    <message>
        <source>The dose of %1 is marked wasted: %2</source>
        <translation>La dosis de %1 se marcó como desechada: %2</translation>
    </message>
    <message>
        <source>The dose of %1 was not recorded: %2</source>
        <translation>No se registró la dosis de %1: %2</translation>
    </message>
    <message>
        <source>%1 — pharmacy worklist</source>
        <translation>%1 — lista de trabajo de farmacia</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Impreso el %1 por %2</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>%1 — pharmacy worklist, %2</source>
        <translation>%1 — lista de trabajo de farmacia, %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Pharmacy worklist %1</source>
        <translation>Lista de trabajo de farmacia %1</translation>
    </message>
    <message>
        <source>Print the pharmacy worklist</source>
        <translation>Imprimir la lista de trabajo de farmacia</translation>
    </message>
    <message>
        <source>The worklist could not be printed: the printer could not be started. Check that it is switched on and connected, or save the worklist as a PDF instead.</source>
        <translation>No se pudo imprimir la lista de trabajo: no se pudo iniciar la impresora. Compruebe que está encendida y conectada, o guarde la lista como PDF.</translation>
    </message>
    <message>
        <source>Save the pharmacy worklist as PDF</source>
        <translation>Guardar la lista de trabajo de farmacia como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose a folder you may write to, or close the file if another program has it open.</source>
        <translation>No se pudo escribir %1. Elija una carpeta en la que pueda escribir, o cierre el archivo si otro programa lo tiene abierto.</translation>
    </message>
    <message>
        <source>The worklist was saved as %1.</source>
        <translation>La lista de trabajo se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>chairside::PolicyEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source> cents</source>
        <translation> centavos</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Predeterminado: %2.</translation>
    </message>
    <message>
        <source>&amp;Early check-in</source>
        <translation>Registro &amp;anticipado</translation>
    </message>
    <message>
        <source>How long before the appointment a patient may check in.</source>
        <translation>Con cuánta antelación a la cita puede registrarse un paciente.</translation>
    </message>
    <message>
        <source>&amp;Grace period</source>
        <translation>Período de &amp;gracia</translation>
    </message>
    <message>
        <source>How late a patient may arrive and still be admitted; later means a new appointment.</source>
        <translation>Cuánto puede retrasarse un paciente y aun así ser admitido; más tarde significa una cita nueva.</translation>
    </message>
    <message>
        <source>&amp;Eligibility lasts</source>
        <translation>La &amp;elegibilidad dura</translation>
    </message>
    <message>
        <source>An insurance eligibility check older than this must be repeated before the infusion.</source>
        <translation>Una verificación de elegibilidad del seguro más antigua que esto debe repetirse antes de la infusión.</translation>
    </message>
    <message>
        <source>&amp;Pharmacy lead time</source>
        <translation>Antelación de la &amp;farmacia</translation>
    </message>
    <message>
        <source>No new appointment sooner than this: the pharmacy needs the time to compound the dose.</source>
        <translation>Ninguna cita nueva antes de esto: la farmacia necesita ese tiempo para preparar la dosis.</translation>
    </message>
    <message>
        <source>Slot &amp;grid</source>
        <translation>&amp;Cuadrícula de horarios</translation>
    </message>
    <message>
        <source>Appointments start on this grid, counted from midnight.</source>
        <translation>Las citas empiezan en esta cuadrícula, contada desde la medianoche.</translation>
    </message>
    <message>
        <source>&amp;No-show fee</source>
        <translation>Cargo por &amp;no presentarse</translation>
    </message>
    <message>
        <source>Charged to a patient who does not come (5000 cents is $50).</source>
        <translation>Se cobra a un paciente que no viene (5000 centavos son $50).</translation>
    </message>
    <message>
        <source>&amp;Readiness looks ahead</source>
        <translation>La &amp;preparación mira adelante</translation>
    </message>
    <message>
        <source>How many days ahead the readiness queue lists appointments that would not be admitted.</source>
        <translation>Cuántos días hacia adelante la cola de preparación muestra las citas que no se admitirían.</translation>
    </message>
</context>
<context>
    <name>chairside::ProblemBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>chairside::ReadinessModel</name>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date format</comment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>To say to the patient: %1</source>
        <translation>Para decirle al paciente: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Sillón</translation>
    </message>
    <message>
        <source>Not ready</source>
        <extracomment>A column: what keeps the appointment from being ready.</extracomment>
        <translation>No está lista</translation>
    </message>
</context>
<context>
    <name>chairside::ReadinessView</name>
    <message>
        <source>Open the patient&apos;s orders</source>
        <translation>Abrir las órdenes médicas del paciente</translation>
    </message>
    <message>
        <source>Open the patient&apos;s authorizations</source>
        <translation>Abrir las autorizaciones del paciente</translation>
    </message>
    <message>
        <source>Open the patient&apos;s coverage</source>
        <translation>Abrir la cobertura del paciente</translation>
    </message>
    <message>
        <source>Open the patient&apos;s appointments</source>
        <translation>Abrir las citas del paciente</translation>
    </message>
    <message>
        <source>Readiness</source>
        <extracomment>The page of appointments whose order, authorization, eligibility or dose is not in place.</extracomment>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>&amp;Days ahead</source>
        <translation>&amp;Días hacia adelante</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Días hacia adelante</translation>
    </message>
    <message>
        <source>How many days from today the list looks ahead; the center&apos;s setting at first</source>
        <translation>Cuántos días a partir de hoy mira la lista; al principio, el ajuste del centro</translation>
    </message>
    <message>
        <source>Booked appointments that would not be admitted if the patient came on time, as the check-in desk would judge them at the start. Call the patient, the prescriber or the payer now, not on the day.</source>
        <translation>Citas programadas que no se admitirían si el paciente llegara a tiempo, tal como las juzgaría recepción al empezar. Llame ahora al paciente, al médico o a la aseguradora, no el mismo día.</translation>
    </message>
    <message>
        <source>Appointments not ready</source>
        <translation>Citas no preparadas</translation>
    </message>
    <message>
        <source>To say to the patient</source>
        <translation>Para decirle al paciente</translation>
    </message>
    <message>
        <source>The readiness list could not be read: %1</source>
        <translation>No se pudo leer la lista de preparación: %1</translation>
    </message>
    <message>
        <source>Readiness (%1)</source>
        <translation>Preparación (%1)</translation>
    </message>
    <message>
        <source>No center is chosen for this desk, so there is no queue to show.</source>
        <translation>No se eligió ningún centro para esta recepción, así que no hay cola que mostrar.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message numerus="yes">
        <source>Every booked appointment of these %n day(s) is ready.</source>
        <translation>
            <numerusform>Todas las citas programadas de este %n día están listas.</numerusform>
            <numerusform>Todas las citas programadas de estos %n días están listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see what to say to the patient.</source>
        <translation>Seleccione una fila para ver qué decirle al paciente.</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>Abrir el paciente</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>sin teléfono registrado</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To say to %1&lt;/b&gt;, %2: %3</source>
        <translation>&lt;b&gt;Para decirle a %1&lt;/b&gt;, %2: %3</translation>
    </message>
</context>
<context>
    <name>chairside::RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>No se guardó nada</translation>
    </message>
</context>
<context>
    <name>chairside::RecoverDialog</name>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Chairside — the database is damaged</source>
        <translation>Chairside — la base de datos está dañada</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La base de datos está dañada.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chairside checked %1 at start and found parts of it that cannot be read. Nothing has been changed. Restore a backup: the damaged file is kept beside it, not deleted. What was done after the backup was made will have to be entered again.</source>
        <translation>Chairside comprobó %1 al iniciarse y encontró partes que no se pueden leer. No se ha cambiado nada. Restaure una copia de seguridad: el archivo dañado se guarda al lado, no se borra. Lo que se hizo después de la copia tendrá que introducirse de nuevo.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>What SQLite&apos;s check found: %1</source>
        <translation>Lo que encontró la comprobación de SQLite: %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Backups found</source>
        <translation>&amp;Copias encontradas</translation>
    </message>
    <message>
        <source>An admin of the backup: &amp;user</source>
        <translation>Un administrador de la copia: &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No backup was found in %1. Choose one with Other file…, or quit and restore one with chairside-cli restore --from FILE.</source>
        <translation>No se encontró ninguna copia en %1. Elija una con Otro archivo…, o salga y restaure una con chairside-cli restore --from ARCHIVO.</translation>
    </message>
    <message>
        <source>%1  —  %2, %3</source>
        <translation>%1  —  %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Good: it passes SQLite&apos;s integrity check and its audit trail of %n entries verifies against the key beside it.</source>
        <translation>
            <numerusform>Correcta: supera la comprobación de integridad de SQLite y su registro de auditoría de %n entrada se verifica con la clave que tiene al lado.</numerusform>
            <numerusform>Correcta: supera la comprobación de integridad de SQLite y su registro de auditoría de %n entradas se verifica con la clave que tiene al lado.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1.</source>
        <translation>Esta copia no se puede restaurar: %1.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia que restaurar</translation>
    </message>
    <message>
        <source>Chairside databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Chairside (*.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>chairside::RegistrationDialog</name>
    <message>
        <source>&amp;Open this patient</source>
        <translation>&amp;Abrir este paciente</translation>
    </message>
    <message>
        <source>This is a &amp;different person: register a second record</source>
        <translation>Es una persona &amp;distinta: registrar un segundo expediente</translation>
    </message>
    <message>
        <source>Register patient</source>
        <translation>Registrar paciente</translation>
    </message>
    <message>
        <source>The next free MRN of the pattern %1</source>
        <translation>El siguiente MRN libre del formato %1</translation>
    </message>
    <message>
        <source>The center has no MRN pattern yet; an admin sets one. Type the MRN.</source>
        <translation>El centro todavía no tiene formato de MRN; lo fija la administración. Escriba el MRN.</translation>
    </message>
    <message>
        <source>Likely duplicates on file</source>
        <translation>Posibles duplicados registrados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Alike in</source>
        <translation>Parecido en</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Looking for the patient on file failed: %1</source>
        <translation>Falló la búsqueda del paciente en los registros: %1</translation>
    </message>
    <message>
        <source>date of birth and name</source>
        <translation>fecha de nacimiento y nombre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No one alike on file.</source>
        <translation>No hay nadie parecido registrado.</translation>
    </message>
    <message>
        <source>Already on file? One patient alike. Open them here rather than registering them twice.</source>
        <translation>¿Ya está registrado? Hay un paciente parecido. Ábralo aquí en lugar de registrarlo dos veces.</translation>
    </message>
    <message>
        <source>Already on file? %1 patients alike. Open the one at the desk rather than registering them twice.</source>
        <translation>¿Ya está registrado? Hay %1 pacientes parecidos. Abra el que está en recepción en lugar de registrarlo dos veces.</translation>
    </message>
    <message>
        <source>A patient alike is on file: open them, or tick “This is a different person”.</source>
        <translation>Hay un paciente parecido registrado: ábralo o marque «Es una persona distinta».</translation>
    </message>
    <message>
        <source>A patient alike is already on file. Open them, or tick “This is a different person” to register a second record.</source>
        <translation>Ya hay un paciente parecido registrado. Ábralo o marque «Es una persona distinta» para registrar un segundo expediente.</translation>
    </message>
    <message>
        <source>The patient was not registered</source>
        <translation>No se registró al paciente</translation>
    </message>
</context>
<context>
    <name>chairside::RemindersTab</name>
    <message>
        <source>&amp;Send appointment reminders to patients</source>
        <translation>&amp;Enviar recordatorios de cita a los pacientes</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>Te&amp;xt message</source>
        <translation>Mensaje de te&amp;xto</translation>
    </message>
    <message>
        <source>Require STARTTLS</source>
        <translation>Exigir STARTTLS</translation>
    </message>
    <message>
        <source>Sen&amp;d again</source>
        <translation>Envia&amp;r de nuevo</translation>
    </message>
    <message>
        <source>The reminder&apos;s words</source>
        <translation>El texto del recordatorio</translation>
    </message>
    <message>
        <source>mail.clinic.example (empty: no email)</source>
        <translation>mail.clinica.example (vacío: sin correo)</translation>
    </message>
    <message>
        <source>https://… (empty: no texts)</source>
        <translation>https://… (vacío: sin mensajes de texto)</translation>
    </message>
    <message>
        <source>When and what</source>
        <translation>Cuándo y qué</translation>
    </message>
    <message>
        <source>&amp;Moments:</source>
        <translation>&amp;Momentos:</translation>
    </message>
    <message>
        <source>Days before the appointment and the time they go out, e.g. 3d@17:00, 1d@17:00. Only the latest moment already passed is sent.</source>
        <translation>Días antes de la cita y la hora a la que salen, p. ej. 3d@17:00, 1d@17:00. Solo se envía el último momento ya pasado.</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>May say {day}, {time}, {center}, {address} and {phone}; never the therapy or a diagnosis.</source>
        <translation>Puede decir {day}, {time}, {center}, {address} y {phone}; nunca la terapia ni un diagnóstico.</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Save &amp;reminders</source>
        <translation>&amp;Guardar recordatorios</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>Pasarela de SMS</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>&amp;Tipo de contenido:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Pe&amp;tición:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Save ser&amp;vers</source>
        <translation>Guardar ser&amp;vidores</translation>
    </message>
    <message>
        <source>Reminders that could not be sent</source>
        <translation>Recordatorios que no se pudieron enviar</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>sin cambios si se deja vacío</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment; write days before and a time, e.g. 3d@17:00.</source>
        <translation>«%1» no es un momento; escriba los días antes y una hora, p. ej. 3d@17:00.</translation>
    </message>
    <message>
        <source>Reminders saved.</source>
        <translation>Recordatorios guardados.</translation>
    </message>
    <message>
        <source>Servers saved.</source>
        <translation>Servidores guardados.</translation>
    </message>
    <message>
        <source>Choose the reminder to send again.</source>
        <translation>Elija el recordatorio que enviar de nuevo.</translation>
    </message>
    <message>
        <source>Reminder queued again.</source>
        <translation>Recordatorio puesto de nuevo en cola.</translation>
    </message>
    <message>
        <source>the system&apos;s, when empty</source>
        <translation>las del sistema, si está vacío</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file</source>
        <translation>El archivo de la autoridad certificadora</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Certi&amp;ficate authority:</source>
        <translation>Autoridad certi&amp;ficadora:</translation>
    </message>
</context>
<context>
    <name>chairside::ReportChart</name>
    <message>
        <source>The center is not open on these days.</source>
        <translation>El centro no abre en estos días.</translation>
    </message>
    <message>
        <source>No infusion started on these days.</source>
        <translation>Ninguna infusión se inició en estos días.</translation>
    </message>
    <message>
        <source>Starts per 15 minutes: mean, most on one day, and what the nurses can start</source>
        <translation>Inicios cada 15 minutos: promedio, máximo en un día y lo que el personal de enfermería puede iniciar</translation>
    </message>
    <message>
        <source>Minutes from arrival to chair: median (bar) and 90th percentile (mark)</source>
        <translation>Minutos de la llegada al sillón: mediana (barra) y percentil 90 (marca)</translation>
    </message>
    <message>
        <source>Nothing to show on these days.</source>
        <translation>No hay nada que mostrar en estos días.</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Gráfico del informe</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Inasistencias</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
    <message>
        <source>Sent to reschedule</source>
        <translation>Enviadas a reprogramar</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Reprogramadas</translation>
    </message>
</context>
<context>
    <name>chairside::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The report to show</source>
        <translation>El informe que se muestra</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format</comment>
        <translation>ddd d MMM yyyy</translation>
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
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimir el informe (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the report, chart and table, as a PDF file</source>
        <translation>Guardar el informe, gráfico y tabla, como archivo PDF</translation>
    </message>
    <message>
        <source>Save the report&apos;s table as CSV, for a spreadsheet</source>
        <translation>Guardar la tabla del informe como CSV, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>Info&amp;rme</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <source>The report&apos;s table</source>
        <translation>La tabla del informe</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 no-shows and %2 late cancellations among %3 appointments; %4 doses wasted, %5 of drug, and %6 in fees recorded. No-show rate: %7 of confirmed appointments, %8 of unconfirmed.</source>
        <translation>%1 inasistencias y %2 cancelaciones tardías entre %3 citas; %4 dosis desperdiciadas, %5 de medicamento, y %6 en cargos registrados. Tasa de inasistencia: %7 de las citas confirmadas, %8 de las no confirmadas.</translation>
    </message>
    <message>
        <source>%1 chairs; %2 of the chair time inside opening hours was used. Darker is busier.</source>
        <translation>%1 sillones; se usó el %2 del tiempo de sillón en horario de atención. Más oscuro es más ocupado.</translation>
    </message>
    <message>
        <source>%1 infusions started. From arrival to chair: %2 minutes on average, %3 for half of the patients or less, %4 for nine in ten or less.</source>
        <translation>%1 infusiones iniciadas. De la llegada al sillón: %2 minutos en promedio, %3 o menos para la mitad de los pacientes, %4 o menos para nueve de cada diez.</translation>
    </message>
    <message>
        <source>At most %1 infusions started in one 15-minute step; %2 steps had more starts than the nurses on shift could make. The dashed line is what they can start.</source>
        <translation>Como máximo %1 infusiones se iniciaron en un intervalo de 15 minutos; %2 intervalos tuvieron más inicios de los que el personal de enfermería de turno podía hacer. La línea discontinua es lo que pueden iniciar.</translation>
    </message>
    <message>
        <source>%1 patients came without an appointment and were turned away; %2 were booked at the desk.</source>
        <translation>%1 pacientes llegaron sin cita y no fueron atendidos; a %2 se les dio cita en recepción.</translation>
    </message>
    <message>
        <source>%1 appointments were sent to be rescheduled at the desk, %2 of them for a readiness problem the queue could have caught; %3 were moved.</source>
        <translation>%1 citas se enviaron a reprogramar en recepción, %2 por un problema de preparación que la cola podía haber detectado; %3 se reprogramaron.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, %3 a %4</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer could not be started. Check that it is switched on and connected, or save the report as a PDF instead.</source>
        <translation>No se pudo imprimir el informe: no se pudo iniciar la impresora. Compruebe que esté encendida y conectada, o guarde el informe como PDF.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose a folder you may write to, or close the file if another program has it open.</source>
        <translation>No se pudo escribir %1. Elija una carpeta en la que pueda escribir, o cierre el archivo si otro programa lo tiene abierto.</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table was saved as %1.</source>
        <translation>La tabla se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>chairside::RosterView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Chair roster</source>
        <translation>Agenda de sillones</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Today at the center (Alt+Home)</source>
        <translation>Hoy en el centro (Alt+Inicio)</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Print the day&apos;s roster (Ctrl+P)</source>
        <translation>Imprimir la agenda de sillones del día (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the day&apos;s roster as a PDF file</source>
        <translation>Guardar la agenda de sillones del día como archivo PDF</translation>
    </message>
    <message>
        <source>Save the day&apos;s appointments as a CSV file for a spreadsheet</source>
        <translation>Guardar las citas del día como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>Imprimir agenda</translation>
    </message>
    <message>
        <source>Save roster as PDF</source>
        <translation>Guardar agenda como PDF</translation>
    </message>
    <message>
        <source>Export roster as CSV</source>
        <translation>Exportar agenda como CSV</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>Chair utilization</source>
        <translation>Ocupación de sillones</translation>
    </message>
    <message>
        <source>The share of the chairs&apos; open hours that appointments hold or held</source>
        <translation>La parte del horario de apertura de los sillones que ocupan u ocuparon las citas</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · hoy</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Chairs %1% in use · %2 of %3</source>
        <translation>Sillones %1% en uso · %2 de %3</translation>
    </message>
    <message>
        <source>No center is chosen for this desk, so there is no roster to show.</source>
        <translation>No se eligió ningún centro para esta recepción, así que no hay agenda que mostrar.</translation>
    </message>
    <message>
        <source>Appointment &amp;details…</source>
        <translation>&amp;Detalles de la cita…</translation>
    </message>
    <message>
        <source>Open &amp;patient page</source>
        <translation>Abrir la página del &amp;paciente</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>No se pudo abrir el paciente</translation>
    </message>
    <message>
        <source>%1 — chair roster</source>
        <translation>%1 — agenda de sillones</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Impreso el %1 por %2</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — chair roster, %2</source>
        <translation>%1 — agenda de sillones, %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Chair roster %1</source>
        <translation>Agenda de sillones %1</translation>
    </message>
    <message>
        <source>Print the chair roster</source>
        <translation>Imprimir la agenda de sillones</translation>
    </message>
    <message>
        <source>The roster could not be printed</source>
        <translation>No se pudo imprimir la agenda</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or save the roster as a PDF instead.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que está encendida y conectada, o guarde la agenda como PDF.</translation>
    </message>
    <message>
        <source>Save the chair roster as PDF</source>
        <translation>Guardar la agenda de sillones como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The roster could not be saved</source>
        <translation>No se pudo guardar la agenda</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose a folder you may write to, or close the file if another program has it open.</source>
        <translation>No se pudo escribir %1. Elija una carpeta en la que pueda escribir, o cierre el archivo si otro programa lo tiene abierto.</translation>
    </message>
    <message>
        <source>Export the chair roster as CSV</source>
        <translation>Exportar la agenda de sillones como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The roster could not be exported</source>
        <translation>No se pudo exportar la agenda</translation>
    </message>
</context>
<context>
    <name>chairside::RosterWidget</name>
    <message>
        <source>Chair roster</source>
        <translation>Agenda de sillones</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2–%3 (%n min)</source>
        <translation>
            <numerusform>%1 · %2–%3 (%n min)</numerusform>
            <numerusform>%1 · %2–%3 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>llegó %1</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>registrado %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appointment(s) on this day</source>
        <translation>
            <numerusform>%1: %n cita este día</numerusform>
            <numerusform>%1: %n citas este día</numerusform>
        </translation>
    </message>
    <message>
        <source>A private suite</source>
        <translation>Una sala privada</translation>
    </message>
    <message>
        <source>Out of service: it shows only for what it still holds</source>
        <translation>Fuera de servicio: solo se muestra por lo que todavía tiene asignado</translation>
    </message>
</context>
<context>
    <name>chairside::ServerDialog</name>
    <message>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>Ci&amp;frar la conexión (TLS)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>e.g. db.riverside.example</source>
        <translation>p. ej., db.riverside.example</translation>
    </message>
    <message>
        <source>this workstation&apos;s account, e.g. desk1</source>
        <translation>la cuenta de este puesto, p. ej., desk1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>The password is not typed here: Chairside takes it from this computer&apos;s ~/.pgpass file (or the PGPASSWORD variable), where whoever looks after the server puts it.</source>
        <translation>La contraseña no se escribe aquí: Chairside la toma del archivo ~/.pgpass de este equipo (o de la variable PGPASSWORD), donde la pone quien mantiene el servidor.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>P&amp;robar</translation>
    </message>
    <message>
        <source>Fill in the server, the database and this workstation&apos;s account.</source>
        <translation>Escriba el servidor, la base de datos y la cuenta de este puesto.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected: the server answered.</source>
        <translation>Conectado: el servidor respondió.</translation>
    </message>
</context>
<context>
    <name>chairside::SessionCard</name>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>chairside::SettingsDialog</name>
    <message>
        <source>Center Settings — %1</source>
        <translation>Ajustes del centro — %1</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <source>C&amp;hairs</source>
        <extracomment>The infusion chairs (recliners) and private suites of the center.</extracomment>
        <translation>&amp;Sillones</translation>
    </message>
    <message>
        <source>&amp;Therapies</source>
        <translation>&amp;Terapias</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <extracomment>The tab of this computer&apos;s own settings (its language), as against the center&apos;s.</extracomment>
        <translation>&amp;Estación de trabajo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>e.g. CS-{000000}</source>
        <translation>p. ej. CS-{000000}</translation>
    </message>
    <message>
        <source>The text around one run of zeros in braces, one zero per digit</source>
        <translation>El texto alrededor de una serie de ceros entre llaves, un cero por dígito</translation>
    </message>
    <message>
        <source>&amp;MRN pattern</source>
        <translation>Formato del &amp;MRN</translation>
    </message>
    <message>
        <source>Patients&apos; record numbers</source>
        <translation>Números de expediente de los pacientes</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>&amp;Save center</source>
        <translation>&amp;Guardar centro</translation>
    </message>
    <message>
        <source>An MRN pattern once set can be changed but not removed; type one such as %1.</source>
        <translation>Un formato de MRN ya fijado se puede cambiar pero no quitar; escriba uno como %1.</translation>
    </message>
    <message>
        <source>The center is saved.</source>
        <translation>Se guardó el centro.</translation>
    </message>
    <message>
        <source>Nothing was saved: the time zone stays %1.</source>
        <translation>No se guardó nada: la zona horaria sigue siendo %1.</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date format</comment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <source>One appointment from now on keeps its moment in time but will show at another local time: %1 in %2 will show as %3 in %4.</source>
        <translation>Una cita a partir de ahora conserva su momento exacto, pero se mostrará a otra hora local: %1 en %2 se mostrará como %3 en %4.</translation>
    </message>
    <message>
        <source>%1 appointments from now on keep their moment in time but will show at other local times. The first, %2 in %3, will show as %4 in %5.</source>
        <translation>%1 citas a partir de ahora conservan su momento exacto, pero se mostrarán a otras horas locales. La primera, %2 en %3, se mostrará como %4 en %5.</translation>
    </message>
    <message>
        <source>Change the center&apos;s time zone?</source>
        <translation>¿Cambiar la zona horaria del centro?</translation>
    </message>
    <message>
        <source> Patients were given the old times on their slips: check these appointments and call the patients whose time changes.</source>
        <translation> Los pacientes recibieron las horas antiguas en sus comprobantes: revise estas citas y llame a los pacientes cuya hora cambia.</translation>
    </message>
    <message>
        <source>&amp;Change time zone</source>
        <translation>&amp;Cambiar la zona horaria</translation>
    </message>
    <message>
        <source>No pattern: the desk types each new patient&apos;s MRN.</source>
        <translation>Sin formato: recepción escribe el MRN de cada paciente nuevo.</translation>
    </message>
    <message>
        <source>Type a pattern; the one set is %1.</source>
        <translation>Escriba un formato; el fijado es %1.</translation>
    </message>
    <message>
        <source>The next patient registered gets %1.</source>
        <translation>El próximo paciente registrado recibe %1.</translation>
    </message>
    <message>
        <source>Once saved, the next patient registered gets %1.</source>
        <translation>Una vez guardado, el próximo paciente registrado recibe %1.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>sillón</translation>
    </message>
    <message>
        <source>private suite</source>
        <translation>sala privada</translation>
    </message>
    <message>
        <source>In &amp;use (bookable)</source>
        <translation>En &amp;uso (se puede programar)</translation>
    </message>
    <message>
        <source>&amp;Save chair</source>
        <translation>&amp;Guardar sillón</translation>
    </message>
    <message>
        <source>&amp;Add as new chair</source>
        <translation>&amp;Agregar como sillón nuevo</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>Select a chair to change it, or type a label and add a new one. A chair taken out of use keeps its history and offers no new slots.</source>
        <translation>Seleccione un sillón para cambiarlo, o escriba una etiqueta y agregue uno nuevo. Un sillón fuera de uso conserva su historial y no ofrece horarios nuevos.</translation>
    </message>
    <message>
        <source>%1 %2 is added.</source>
        <translation>Se agregó %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 is saved.</source>
        <translation>Se guardó %1 %2.</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>Cada (semanas)</translation>
    </message>
    <message>
        <source>Compounded</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Usable (hours)</source>
        <translation>Utilizable (horas)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>no regular interval</source>
        <translation>sin intervalo fijo</translation>
    </message>
    <message>
        <source>Compounded for one patient by the &amp;pharmacy</source>
        <translation>La &amp;farmacia la prepara para cada paciente</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Save therapy</source>
        <translation>&amp;Guardar terapia</translation>
    </message>
    <message>
        <source>&amp;Add as new therapy</source>
        <translation>&amp;Agregar como terapia nueva</translation>
    </message>
    <message>
        <source>Generic &amp;name</source>
        <translation>&amp;Nombre genérico</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>Chair &amp;time</source>
        <translation>&amp;Tiempo en el sillón</translation>
    </message>
    <message>
        <source>Dosing &amp;interval</source>
        <translation>&amp;Intervalo entre dosis</translation>
    </message>
    <message>
        <source>Dose usable &amp;for</source>
        <translation>Dosis utilizable &amp;durante</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>The centers a member of staff works at.</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>Cambiar r&amp;ol</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>Restablecer con&amp;traseña</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>%1 is added as %2.</source>
        <translation>Se agregó a %1 con el rol %2.</translation>
    </message>
    <message>
        <source>Select the user whose role changes.</source>
        <translation>Seleccione el usuario cuyo rol cambia.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora tiene el rol %2.</translation>
    </message>
    <message>
        <source>Select the user to disable or enable.</source>
        <translation>Seleccione el usuario que desea desactivar o activar.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>Select the user whose password is reset.</source>
        <translation>Seleccione el usuario cuya contraseña se restablece.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 tiene una contraseña nueva.</translation>
    </message>
    <message>
        <source>Select the user to unlock.</source>
        <translation>Seleccione el usuario que desea desbloquear.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no, out of use</source>
        <translation>no, fuera de uso</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>todavía sin contraseña</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>Problema con la base de datos: %1</translation>
    </message>
    <message>
        <source>The center&apos;s chairs</source>
        <translation>Los sillones del centro</translation>
    </message>
    <message>
        <source>The therapies the center infuses</source>
        <translation>Las terapias que el centro administra por infusión</translation>
    </message>
    <message>
        <source>The staff&apos;s accounts</source>
        <translation>Las cuentas del personal</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Co&amp;pias</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Nurses</source>
        <extracomment>The tab of what the center&apos;s nurses can do and how slots are offered.</extracomment>
        <translation>E&amp;nfermería</translation>
    </message>
    <message>
        <source>Dose cost</source>
        <translation>Costo de la dosis</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>What one dose costs the center: the reports price wasted doses with it</source>
        <translation>Lo que le cuesta una dosis al centro: los informes valoran con él las dosis desperdiciadas</translation>
    </message>
    <message>
        <source>Dose c&amp;ost</source>
        <translation>C&amp;osto de la dosis</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Trabaja en</translation>
    </message>
    <message>
        <source>Centers the user works at</source>
        <translation>Centros donde trabaja el usuario</translation>
    </message>
    <message>
        <source>Wor&amp;ks at</source>
        <translation>Traba&amp;ja en</translation>
    </message>
    <message>
        <source>Sa&amp;ve centers</source>
        <translation>Guardar centro&amp;s</translation>
    </message>
    <message>
        <source>To add a user, give a name, a role and a first password (at least %1 characters) the user changes later. To change one, select it: the role, the centers they work at, a new password, or its state. Accounts are disabled, never deleted. Admins work at every center.</source>
        <translation>Para agregar un usuario, indique un nombre, un rol y una primera contraseña (de al menos %1 caracteres) que el usuario cambiará después. Para cambiar uno, selecciónelo: el rol, los centros donde trabaja, una contraseña nueva o su estado. Las cuentas se desactivan, nunca se borran. Los administradores trabajan en todos los centros.</translation>
    </message>
    <message>
        <source>Every center, and any added later</source>
        <translation>Todos los centros, y los que se agreguen después</translation>
    </message>
    <message>
        <source>Select the user whose centers change.</source>
        <translation>Seleccione el usuario cuyos centros cambian.</translation>
    </message>
    <message>
        <source>%1 works at every center.</source>
        <translation>%1 trabaja en todos los centros.</translation>
    </message>
    <message numerus="yes">
        <source>%1 works at %n center(s).</source>
        <translation>
            <numerusform>%1 trabaja en %n centro.</numerusform>
            <numerusform>%1 trabaja en %n centros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the centers %1 works at, or every center.</source>
        <translation>Marque los centros donde trabaja %1, o todos los centros.</translation>
    </message>
    <message>
        <source>every center</source>
        <translation>todos los centros</translation>
    </message>
    <message>
        <source>no center</source>
        <translation>ningún centro</translation>
    </message>
</context>
<context>
    <name>chairside::SetupWizard</name>
    <message>
        <source>Set up Chairside</source>
        <translation>Configurar Chairside</translation>
    </message>
    <message>
        <source>&amp;Create the center</source>
        <translation>&amp;Crear el centro</translation>
    </message>
    <message>
        <source>&amp;Set up the center</source>
        <translation>&amp;Configurar el centro</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>El centro</translation>
    </message>
    <message>
        <source>Welcome. This database has no center yet: a few pages set one up, and Chairside is ready to use. Everything can be changed later under Edit ▸ Center Settings.</source>
        <translation>Bienvenido. Esta base de datos todavía no tiene centro: unas pocas páginas lo configuran, y Chairside queda listo para usar. Todo se puede cambiar después en Editar ▸ Ajustes del centro.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Tick the days the center opens and give its hours, evenings and weekends too. A day with a break has two spans: 07:00-12:00, 13:00-21:00.</source>
        <translation>Marque los días en que abre el centro e indique su horario, también por la tarde y los fines de semana. Un día con descanso tiene dos tramos: 07:00-12:00, 13:00-21:00.</translation>
    </message>
    <message>
        <source>Label on the floor</source>
        <translation>Etiqueta en la sala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>&amp;Chairs</source>
        <translation>&amp;Sillones</translation>
    </message>
    <message>
        <source>Private &amp;suites</source>
        <translation>&amp;Salas privadas</translation>
    </message>
    <message>
        <source>Chairs and suites</source>
        <translation>Sillones y salas</translation>
    </message>
    <message>
        <source>How many infusion chairs and private suites the center has. Each gets a label as the staff call it on the floor; change any label by typing over it.</source>
        <translation>Cuántos sillones de infusión y salas privadas tiene el centro. Cada uno recibe una etiqueta como lo llama el personal en la sala; cambie cualquier etiqueta escribiendo encima.</translation>
    </message>
    <message>
        <source>suite</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>sillón</translation>
    </message>
    <message>
        <source>Therapy (tick to give it)</source>
        <translation>Terapia (márquela si se administra)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>Cada (semanas)</translation>
    </message>
    <message>
        <source>Compounded</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Usable (hours)</source>
        <translation>Utilizable (horas)</translation>
    </message>
    <message>
        <source>&amp;Add another therapy</source>
        <translation>&amp;Agregar otra terapia</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>Tick the infusions the center gives and adjust the numbers to your practice: chair minutes of a usual dose, dosing interval, and whether the pharmacy compounds each dose (usable for how long).</source>
        <translation>Marque las infusiones que administra el centro y ajuste los números a su práctica: minutos en el sillón de una dosis habitual, intervalo entre dosis y si la farmacia prepara cada dosis (y durante cuánto tiempo es utilizable).</translation>
    </message>
    <message>
        <source>The center&apos;s rules</source>
        <translation>Las reglas del centro</translation>
    </message>
    <message>
        <source>The numbers the check-in desk and the booking follow. The defaults suit most centers.</source>
        <translation>Los números que siguen recepción y la programación de citas. Los valores predeterminados sirven para la mayoría de los centros.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>Nombre de &amp;usuario del administrador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters. Keep it somewhere safe: the admin adds the staff and changes these settings.</source>
        <translation>Al menos %1 caracteres. Guárdela en un lugar seguro: el administrador agrega al personal y cambia estos ajustes.</translation>
    </message>
    <message>
        <source>The first admin</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>The account that sets up Chairside and adds the receptionists and nurses. You are signed in with it when the center is created.</source>
        <translation>La cuenta que configura Chairside y agrega a recepcionistas y enfermeras. Al crear el centro, queda con la sesión iniciada con ella.</translation>
    </message>
    <message>
        <source>Sign in as an admin</source>
        <translation>Iniciar sesión como administrador</translation>
    </message>
    <message>
        <source>This database already has an admin. Sign in as an admin to create the center.</source>
        <translation>Esta base de datos ya tiene administrador. Inicie sesión como administrador para crear el centro.</translation>
    </message>
    <message>
        <source>A center named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un centro llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A center needs at least one chair or suite.</source>
        <translation>Un centro necesita al menos un sillón o una sala.</translation>
    </message>
    <message>
        <source>Row %1 has no label; every chair needs one.</source>
        <translation>La fila %1 no tiene etiqueta; cada sillón necesita una.</translation>
    </message>
    <message>
        <source>Two chairs are labelled &quot;%1&quot;; each label must be its own.</source>
        <translation>Dos sillones tienen la etiqueta &quot;%1&quot;; cada etiqueta debe ser única.</translation>
    </message>
    <message>
        <source>Tick at least one therapy: nothing can be booked without one.</source>
        <translation>Marque al menos una terapia: sin ninguna no se puede programar nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ticked twice; keep one of them.</source>
        <translation>&quot;%1&quot; está marcada dos veces; conserve solo una.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the admin a user name.</source>
        <translation>Dé un nombre de usuario al administrador.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; needs a correction: %2</source>
        <translation>La página &quot;%1&quot; necesita una corrección: %2</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>Chairs and suites, with their labels</source>
        <translation>Sillones y salas privadas, con sus etiquetas</translation>
    </message>
    <message>
        <source>Therapies the center gives</source>
        <translation>Terapias que da el centro</translation>
    </message>
</context>
<context>
    <name>chairside::SlipPreview</name>
    <message>
        <source>Confirmation slip preview</source>
        <translation>Vista previa del comprobante de cita</translation>
    </message>
    <message>
        <source>%1 at %2, %3, code %4</source>
        <translation>%1 a las %2, %3, código %4</translation>
    </message>
</context>
<context>
    <name>chairside::SlotDialog</name>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The patient&apos;s record is no longer on file.</source>
        <translation>El expediente del paciente ya no está registrado.</translation>
    </message>
    <message>
        <source>The booking could not be opened</source>
        <translation>No se pudo abrir la programación</translation>
    </message>
    <message>
        <source>Reschedule — %1</source>
        <translation>Reprogramar — %1</translation>
    </message>
    <message>
        <source>Book — %1</source>
        <translation>Programar — %1</translation>
    </message>
    <message>
        <source>Move the appointment of %1</source>
        <translation>Cambiar la cita de %1</translation>
    </message>
    <message>
        <source>Book an appointment for %1</source>
        <translation>Programar una cita para %1</translation>
    </message>
    <message>
        <source>Now booked: %1, %2 · %3</source>
        <translation>Cita actual: %1, %2 · %3</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>%1 — order valid until %2</source>
        <translation>%1 — orden médica vigente hasta el %2</translation>
    </message>
    <message>
        <source>&amp;Therapy:</source>
        <translation>&amp;Terapia:</translation>
    </message>
    <message>
        <source>Look for slots from</source>
        <translation>Buscar horarios a partir de</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Look from:</source>
        <translation>&amp;Buscar desde:</translation>
    </message>
    <message>
        <source>Later s&amp;lots ›</source>
        <translation>Horarios &amp;posteriores ›</translation>
    </message>
    <message>
        <source>Show later slots</source>
        <translation>Mostrar horarios posteriores</translation>
    </message>
    <message>
        <source>Free slots</source>
        <extracomment>Free times on a chair at which the infusion can be booked.</extracomment>
        <translation>Horarios libres</translation>
    </message>
    <message>
        <source>Book</source>
        <extracomment>A verb: book the appointment at the slot chosen.</extracomment>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir comprobante…</translation>
    </message>
    <message>
        <source>&amp;Save slip as PDF…</source>
        <translation>&amp;Guardar comprobante como PDF…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>Closes the dialog once the appointment is booked.</extracomment>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>No chair is free for this infusion in the year from %1. Try another date.</source>
        <translation>No hay ningún sillón libre para esta infusión en el año a partir del %1. Pruebe con otra fecha.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>A verb: move the appointment to the slot chosen.</extracomment>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>&amp;Move to %1, %2</source>
        <translation>&amp;Cambiar a %1, %2</translation>
    </message>
    <message>
        <source>&amp;Book %1, %2</source>
        <translation>&amp;Programar %1, %2</translation>
    </message>
    <message>
        <source>The appointment was not moved</source>
        <translation>No se cambió la cita</translation>
    </message>
    <message>
        <source>Nothing was booked</source>
        <translation>No se programó nada</translation>
    </message>
    <message>
        <source>✓ Booked: %1, %2</source>
        <translation>✓ Programada: %1, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · appointment code %3</source>
        <translation>%1 · %2 · código de cita %3</translation>
    </message>
    <message>
        <source>The appointment %1 is cancelled and replaced by this one.</source>
        <translation>La cita %1 queda cancelada y sustituida por esta.</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <source>Print the confirmation slip</source>
        <translation>Imprimir el comprobante de cita</translation>
    </message>
    <message>
        <source>The slip was sent to %1.</source>
        <translation>El comprobante se envió a %1.</translation>
    </message>
    <message>
        <source>The slip was not printed</source>
        <translation>No se imprimió el comprobante</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected, or save the slip as a PDF.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que está encendida y conectada, o guarde el comprobante como PDF.</translation>
    </message>
    <message>
        <source>Save the confirmation slip</source>
        <translation>Guardar el comprobante de cita</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>The slip was not saved</source>
        <translation>No se guardó el comprobante</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose a folder you may write to.</source>
        <translation>No se pudo escribir %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>⚠ Beyond what the nurses can take: %1. It can still be booked.</source>
        <translation>⚠ Más de lo que pueden atender las enfermeras: %1. Aun así se puede reservar.</translation>
    </message>
</context>
<context>
    <name>chairside::SlotListModel</name>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
        <source>Chair</source>
        <extracomment>The infusion chair (recliner) of the slot.</extracomment>
        <translation>Sillón</translation>
    </message>
    <message>
        <source>Earliest</source>
        <extracomment>Marks the earliest free slot in a list ranked otherwise.</extracomment>
        <translation>La más temprana</translation>
    </message>
    <message>
        <source>%1, the earliest</source>
        <extracomment>Said of the earliest free slot, after its day, time and chair.</extracomment>
        <translation>%1, la más temprana</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Column header: a note on a slot, such as that it is the earliest.</extracomment>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>chairside::StatusBadge</name>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>Dose ready</source>
        <translation>Dosis lista</translation>
    </message>
    <message>
        <source>Dose not ready</source>
        <translation>Dosis no lista</translation>
    </message>
    <message>
        <source>No dose to prepare</source>
        <translation>Sin dosis que preparar</translation>
    </message>
    <message>
        <source>Dose wasted</source>
        <translation>Dosis desechada</translation>
    </message>
    <message>
        <source>The pharmacy has compounded the dose for this appointment.</source>
        <translation>La farmacia ya preparó la dosis para esta cita.</translation>
    </message>
    <message>
        <source>The pharmacy has not marked the dose ready yet; the patient cannot start until it is.</source>
        <translation>La farmacia todavía no ha marcado la dosis como lista; el paciente no puede empezar hasta entonces.</translation>
    </message>
    <message>
        <source>This therapy is given from stock; nothing is compounded for the patient.</source>
        <translation>Esta terapia se administra de las existencias; no se prepara nada para el paciente.</translation>
    </message>
    <message>
        <source>The dose prepared for this appointment was written off.</source>
        <translation>La dosis preparada para esta cita se dio de baja.</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>Sillón %1</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <extracomment>A booked appointment the patient confirmed; the mark is a tick after the status.</extracomment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1, confirmed by the patient</source>
        <translation>%1, confirmada por el paciente</translation>
    </message>
</context>
<context>
    <name>chairside::StatusCountsBar</name>
    <message>
        <source>Appointments by status</source>
        <translation>Citas por estado</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>con cita</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>llegadas</translation>
    </message>
    <message>
        <source>checked in and waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>in chair</source>
        <translation>en el sillón</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminadas</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>ausencias</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>reprogramadas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>canceladas</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n con cita</numerusform>
            <numerusform>%n con cita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrived</source>
        <translation>
            <numerusform>%n llegada</numerusform>
            <numerusform>%n llegadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in and waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in chair</source>
        <translation>
            <numerusform>%n en el sillón</numerusform>
            <numerusform>%n en el sillón</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminada</numerusform>
            <numerusform>%n terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show</source>
        <translation>
            <numerusform>%n ausencia</numerusform>
            <numerusform>%n ausencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rescheduled</source>
        <translation>
            <numerusform>%n reprogramada</numerusform>
            <numerusform>%n reprogramadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::WastedDoseDialog</name>
    <message>
        <source>Mark the dose wasted</source>
        <translation>Marcar la dosis como desechada</translation>
    </message>
    <message>
        <source>Why is the dose of %1 wasted?</source>
        <translation>¿Por qué se desecha la dosis de %1?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Why the dose is wasted</source>
        <translation>Por qué se desecha la dosis</translation>
    </message>
    <message>
        <source>e.g. appointment cancelled, bag damaged, past its beyond-use time</source>
        <translation>p. ej. cita cancelada, bolsa dañada, fuera de su tiempo límite de uso</translation>
    </message>
    <message>
        <source>appointment cancelled</source>
        <translation>cita cancelada</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>cita cambiada</translation>
    </message>
    <message>
        <source>patient did not come</source>
        <translation>el paciente no vino</translation>
    </message>
    <message>
        <source>bag damaged</source>
        <translation>bolsa dañada</translation>
    </message>
    <message>
        <source>past its beyond-use time</source>
        <translation>fuera de su tiempo límite de uso</translation>
    </message>
    <message>
        <source>wrong dose compounded</source>
        <translation>dosis preparada equivocada</translation>
    </message>
    <message>
        <source>Mark &amp;wasted</source>
        <translation>Marcar &amp;desechada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Check-in desk and chair roster for infusion centers.</source>
        <translation>Recepción y agenda de sillones para centros de infusión.</translation>
    </message>
    <message>
        <source>The database file (default: $CHAIRSIDE_DB or the user&apos;s data folder).</source>
        <translation>El archivo de la base de datos (predeterminado: $CHAIRSIDE_DB o la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Fill in this user name on the log-in screen.</source>
        <translation>Escribir este nombre de usuario en la pantalla de inicio de sesión.</translation>
    </message>
    <message>
        <source>The center at this desk (default: the first).</source>
        <translation>El centro de esta recepción (predeterminado: el primero).</translation>
    </message>
    <message>
        <source>Open the demo: a center at work today, in its own file (the data folder&apos;s demo.sqlite, or --db when it names a new file). A real database never gets demo data.</source>
        <translation>Abrir la demostración: un centro trabajando hoy, en su propio archivo (demo.sqlite de la carpeta de datos, o --db cuando nombra un archivo nuevo). Una base de datos real nunca recibe datos de demostración.</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first painted window, then quit.</source>
        <translation>Imprimir los milisegundos hasta la primera ventana dibujada y salir.</translation>
    </message>
    <message>
        <source>Chairside cannot open its database</source>
        <translation>Chairside no puede abrir su base de datos</translation>
    </message>
</context>
</TS>
