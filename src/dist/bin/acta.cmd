@echo off
rem Acta's launcher for Windows. Runs lib\acta.jar with the parallel garbage collector, a heap of
rem at most a quarter of the machine's memory (at most 4 GiB) and less JIT inlining, which
rem compiles faster on a build that runs for seconds. Overrides: JAVA_HOME picks the Java (17 or
rem later); ACTA_OPTS or JAVA_OPTS are added after these options (an -Xmx there wins).
setlocal
set "ACTA_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java.exe"
)
"%JAVA%" -XX:+UseParallelGC -XX:MaxRAMPercentage=25 -XX:MaxRAM=16g -XX:MaxInlineLevel=6 -XX:InlineSmallCode=500 -XX:MetaspaceSize=64m "-Dacta.home=%ACTA_HOME%" %ACTA_OPTS% %JAVA_OPTS% -jar "%ACTA_HOME%\lib\acta.jar" %*
exit /b %ERRORLEVEL%
