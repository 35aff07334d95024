/**
 * Fresh held-out batches of Vietnamese news sentences, written for the entity recogniser and annotated
 * with exact spans and types (same format as entities-heldout.test.ts: topic, text, "TYPE:span" list).
 * Batch 3 was written and scored BEFORE the rule changes that followed it (so its first score is the
 * honest held-out figure; afterwards it is in-sample). Batch 4 was written after those changes and
 * scored untouched. `npx tsx scripts/eval/eval-entities.ts --batches` prints per-type P/R/F1.
 * Conventions: titles stay outside the span, a place's administrative prefix is inside, an
 * organisation includes the place that completes its name, events/works/storms are not entities.
 */
export type HeldOutCase = [topic: string, text: string, expected: string[]];

export const BATCH3: HeldOutCase[] = [
  ['merged province, party', 'Ngày 12/9, Ban Thường vụ Tỉnh ủy Gia Lai đã công bố quyết định của Bộ Chính trị về công tác cán bộ tại trụ sở ở phường Quy Nhơn.', [
    'ORGANIZATION:Ban Thường vụ Tỉnh ủy Gia Lai', 'ORGANIZATION:Bộ Chính trị', 'LOCATION:phường Quy Nhơn']],
  ['provincial government', 'Chủ tịch UBND tỉnh Khánh Hòa Trần Phong cho biết tỉnh sẽ chuyển trụ sở hành chính từ Phan Rang về Nha Trang.', [
    'ORGANIZATION:UBND tỉnh Khánh Hòa', 'PERSON:Trần Phong', 'LOCATION:Phan Rang', 'LOCATION:Nha Trang']],
  ['National Assembly delegation', 'Đoàn đại biểu Quốc hội tỉnh An Giang tiếp xúc cử tri tại đặc khu Phú Quốc vào sáng 5/10.', [
    'ORGANIZATION:Đoàn đại biểu Quốc hội tỉnh An Giang', 'LOCATION:đặc khu Phú Quốc']],
  ['appointment', 'Thủ tướng Phạm Minh Chính ký quyết định bổ nhiệm ông Nguyễn Văn Phương giữ chức Thứ trưởng Bộ Nông nghiệp và Môi trường.', [
    'PERSON:Phạm Minh Chính', 'PERSON:Nguyễn Văn Phương', 'ORGANIZATION:Bộ Nông nghiệp và Môi trường']],
  ['merged wards', 'Sau sáp nhập, thành phố Cần Thơ có 103 đơn vị hành chính cấp xã, trong đó phường Ninh Kiều là trung tâm chính trị - hành chính.', [
    'LOCATION:thành phố Cần Thơ', 'LOCATION:phường Ninh Kiều']],
  ['party discipline', 'Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị thi hành kỷ luật nguyên Bí thư Tỉnh ủy Bình Dương Trần Văn Nam.', [
    'ORGANIZATION:Ủy ban Kiểm tra Trung ương', 'ORGANIZATION:Bộ Chính trị', 'ORGANIZATION:Tỉnh ủy Bình Dương', 'PERSON:Trần Văn Nam']],
  ['supreme court', 'Tòa án nhân dân tối cao vừa bác đơn kháng nghị giám đốc thẩm trong vụ án Việt Á, giữ nguyên bản án đối với bị cáo Phan Quốc Việt.', [
    'ORGANIZATION:Tòa án nhân dân tối cao', 'ORGANIZATION:Việt Á', 'PERSON:Phan Quốc Việt']],
  ['police investigation', 'Cơ quan Cảnh sát điều tra Bộ Công an đã khởi tố bị can Đỗ Anh Dũng, Chủ tịch Tập đoàn Tân Hoàng Minh, về tội lừa đảo.', [
    'ORGANIZATION:Cơ quan Cảnh sát điều tra Bộ Công an', 'PERSON:Đỗ Anh Dũng', 'ORGANIZATION:Tập đoàn Tân Hoàng Minh']],
  ['procuracy', 'Viện Kiểm sát nhân dân TP Hà Nội truy tố 5 bị can trong đường dây buôn lậu xăng dầu do Phạm Thị Hương cầm đầu.', [
    'ORGANIZATION:Viện Kiểm sát nhân dân TP Hà Nội', 'PERSON:Phạm Thị Hương']],
  ['ward police', 'Trung tá Lê Minh Tuấn, Phó Trưởng Công an phường Hoàn Kiếm, cho biết nghi phạm đã bị bắt khi đang lẩn trốn ở Lạng Sơn.', [
    'PERSON:Lê Minh Tuấn', 'ORGANIZATION:Công an phường Hoàn Kiếm', 'LOCATION:Lạng Sơn']],
  ['traffic police', 'Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai xử phạt hơn 300 trường hợp vi phạm nồng độ cồn trong tuần qua.', [
    'ORGANIZATION:Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai']],
  ['bank bond', 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) vừa hoàn tất phát hành 6.900 tỷ đồng trái phiếu, theo công bố trên Sở Giao dịch Chứng khoán Hà Nội.', [
    'ORGANIZATION:Ngân hàng TMCP Ngoại thương Việt Nam', 'ORGANIZATION:Vietcombank', 'ORGANIZATION:Sở Giao dịch Chứng khoán Hà Nội']],
  ['steel company', 'Công ty cổ phần Tập đoàn Hòa Phát báo lãi quý III đạt 3.000 tỷ đồng; ông Trần Đình Long, Chủ tịch HĐQT, dự kiến khởi công dự án mới tại Quảng Ngãi.', [
    'ORGANIZATION:Công ty cổ phần Tập đoàn Hòa Phát', 'PERSON:Trần Đình Long', 'LOCATION:Quảng Ngãi']],
  ['railways', 'Tổng công ty Đường sắt Việt Nam ký hợp đồng với Siemens Mobility để nâng cấp tuyến Hà Nội - Lào Cai.', [
    'ORGANIZATION:Tổng công ty Đường sắt Việt Nam', 'ORGANIZATION:Siemens Mobility', 'LOCATION:Hà Nội', 'LOCATION:Lào Cai']],
  ['lottery company, lower case', 'Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Cần Thơ nộp ngân sách hơn 800 tỷ đồng.', [
    'ORGANIZATION:Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Cần Thơ']],
  ['central bank', 'Ngân hàng Nhà nước yêu cầu các tổ chức tín dụng giảm lãi suất; Thống đốc Nguyễn Thị Hồng cho biết tăng trưởng tín dụng đạt 12%.', [
    'ORGANIZATION:Ngân hàng Nhà nước', 'PERSON:Nguyễn Thị Hồng']],
  ['retail deal', 'Tập đoàn Masan của ông Nguyễn Đăng Quang đã bán mảng bán lẻ cho quỹ đầu tư KKR của Mỹ.', [
    'ORGANIZATION:Tập đoàn Masan', 'PERSON:Nguyễn Đăng Quang', 'ORGANIZATION:KKR', 'LOCATION:Mỹ']],
  ['consumer protection', 'Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng đề nghị Shopee và Lazada gỡ bỏ 2.000 sản phẩm vi phạm.', [
    'ORGANIZATION:Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng', 'ORGANIZATION:Shopee', 'ORGANIZATION:Lazada']],
  ['real estate association', 'Theo báo cáo của Hiệp hội Bất động sản TP.HCM (HoREA), ông Lê Hoàng Châu kiến nghị gỡ vướng cho 150 dự án.', [
    'ORGANIZATION:Hiệp hội Bất động sản TP.HCM', 'ORGANIZATION:HoREA', 'PERSON:Lê Hoàng Châu']],
  ['football, Premier League', 'Tiền đạo Erling Haaland lập cú đúp giúp Manchester City thắng Arsenal 3-1 trên sân Etihad.', [
    'PERSON:Erling Haaland', 'ORGANIZATION:Manchester City', 'ORGANIZATION:Arsenal', 'LOCATION:Etihad']],
  ['football, surnames only', 'HLV Mikel Arteta thừa nhận Arsenal thiếu may mắn khi Saka và Odegaard cùng chấn thương.', [
    'PERSON:Mikel Arteta', 'ORGANIZATION:Arsenal', 'PERSON:Saka', 'PERSON:Odegaard']],
  ['V-League transfer', 'CLB Thép Xanh Nam Định chiêu mộ tiền đạo người Brazil Caio César từ CLB Becamex TP.HCM.', [
    'ORGANIZATION:CLB Thép Xanh Nam Định', 'LOCATION:Brazil', 'PERSON:Caio César', 'ORGANIZATION:CLB Becamex TP.HCM']],
  ['tennis', 'Tay vợt Carlos Alcaraz đánh bại Jannik Sinner trong trận chung kết kéo dài 5 giờ tại Paris.', [
    'PERSON:Carlos Alcaraz', 'PERSON:Jannik Sinner', 'LOCATION:Paris']],
  ['youth football centre', 'HLV Kim Sang-sik triệu tập 30 cầu thủ hội quân tại Trung tâm Đào tạo bóng đá trẻ PVF ở Hưng Yên.', [
    'PERSON:Kim Sang-sik', 'ORGANIZATION:Trung tâm Đào tạo bóng đá trẻ PVF', 'LOCATION:Hưng Yên']],
  ['MLS', 'Son Heung-min ghi bàn thứ 10 mùa này cho Los Angeles FC trong trận hòa Inter Miami của Lionel Messi.', [
    'PERSON:Son Heung-min', 'ORGANIZATION:Los Angeles FC', 'ORGANIZATION:Inter Miami', 'PERSON:Lionel Messi']],
  ['billiards', 'Cơ thủ Trần Quyết Chiến giành chức vô địch giải billiards carom 3 băng tại Seoul (Hàn Quốc).', [
    'PERSON:Trần Quyết Chiến', 'LOCATION:Seoul', 'LOCATION:Hàn Quốc']],
  ['La Liga', 'Real Madrid xác nhận Kylian Mbappé vắng mặt 3 tuần, Vinícius Júnior sẽ đá cặp với Rodrygo.', [
    'ORGANIZATION:Real Madrid', 'PERSON:Kylian Mbappé', 'PERSON:Vinícius Júnior', 'PERSON:Rodrygo']],
  ['tropical diseases hospital', 'Bệnh viện Bệnh nhiệt đới Trung ương đang điều trị 15 bệnh nhân sốt xuất huyết nặng chuyển từ Hà Nam và Ninh Bình.', [
    'ORGANIZATION:Bệnh viện Bệnh nhiệt đới Trung ương', 'LOCATION:Hà Nam', 'LOCATION:Ninh Bình']],
  ['doctor quoted', 'Theo TS.BS Nguyễn Trung Cấp, Phó giám đốc bệnh viện, số ca mắc cúm A tăng gấp đôi so với cùng kỳ.', [
    'PERSON:Nguyễn Trung Cấp']],
  ['disease control', 'Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC) ghi nhận 2 ca tử vong do bệnh dại tại xã Bình Chánh.', [
    'ORGANIZATION:Trung tâm Kiểm soát bệnh tật TP.HCM', 'ORGANIZATION:HCDC', 'LOCATION:xã Bình Chánh']],
  ['drug recall', 'Cục Quản lý Dược thu hồi lô thuốc kháng sinh của Công ty cổ phần Dược phẩm Trung ương 1 do không đạt chất lượng.', [
    'ORGANIZATION:Cục Quản lý Dược', 'ORGANIZATION:Công ty cổ phần Dược phẩm Trung ương 1']],
  ['hospital doctor', 'Bác sĩ Đoàn Thị Hồng, Bệnh viện Bạch Mai, cho biết bệnh nhân đã qua cơn nguy kịch.', [
    'PERSON:Đoàn Thị Hồng', 'ORGANIZATION:Bệnh viện Bạch Mai']],
  ['university admissions', 'Đại học Quốc gia Hà Nội công bố đề án tuyển sinh năm 2026, trong đó Trường Đại học Công nghệ dành 40% chỉ tiêu xét tuyển sớm.', [
    'ORGANIZATION:Đại học Quốc gia Hà Nội', 'ORGANIZATION:Trường Đại học Công nghệ']],
  ['education minister', 'Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đề nghị các địa phương không tổ chức dạy thêm tràn lan.', [
    'ORGANIZATION:Bộ Giáo dục và Đào tạo', 'PERSON:Nguyễn Kim Sơn']],
  ['university director', 'PGS.TS Hoàng Minh Sơn, Giám đốc Đại học Bách khoa Hà Nội, cho biết trường sẽ mở ngành vi mạch bán dẫn.', [
    'PERSON:Hoàng Minh Sơn', 'ORGANIZATION:Đại học Bách khoa Hà Nội']],
  ['olympiad', 'Nữ sinh Nguyễn Ngọc Anh của Trường THPT chuyên Lam Sơn, tỉnh Thanh Hóa, giành huy chương vàng môn Hóa học tại kỳ thi quốc tế ở Dubai.', [
    'PERSON:Nguyễn Ngọc Anh', 'ORGANIZATION:Trường THPT chuyên Lam Sơn', 'LOCATION:tỉnh Thanh Hóa', 'LOCATION:Dubai']],
  ['university partnership', 'Trường Đại học Kinh tế TP.HCM (UEH) hợp tác với Đại học Western Sydney của Australia mở chương trình liên kết.', [
    'ORGANIZATION:Trường Đại học Kinh tế TP.HCM', 'ORGANIZATION:UEH', 'ORGANIZATION:Đại học Western Sydney', 'LOCATION:Australia']],
  ['Japan-Korea', 'Thủ tướng Nhật Bản Takaichi Sanae tiếp Ngoại trưởng Hàn Quốc Cho Hyun tại văn phòng ở Tokyo.', [
    'LOCATION:Nhật Bản', 'PERSON:Takaichi Sanae', 'LOCATION:Hàn Quốc', 'PERSON:Cho Hyun', 'LOCATION:Tokyo']],
  ['Russia-Belarus', 'Tổng thống Nga Vladimir Putin và Tổng thống Belarus Alexander Lukashenko hội đàm tại Minsk.', [
    'LOCATION:Nga', 'PERSON:Vladimir Putin', 'LOCATION:Belarus', 'PERSON:Alexander Lukashenko', 'LOCATION:Minsk']],
  ['Saudi crown prince', 'Thái tử Saudi Arabia Mohammed bin Salman tiếp Tổng thư ký Liên Hợp Quốc António Guterres tại Riyadh.', [
    'LOCATION:Saudi Arabia', 'PERSON:Mohammed bin Salman', 'ORGANIZATION:Liên Hợp Quốc', 'PERSON:António Guterres', 'LOCATION:Riyadh']],
  ['Kremlin', 'Người phát ngôn Điện Kremlin Dmitry Peskov nói Moskva sẵn sàng đàm phán với Kiev nhưng không chấp nhận điều kiện của NATO.', [
    'ORGANIZATION:Điện Kremlin', 'PERSON:Dmitry Peskov', 'LOCATION:Moskva', 'LOCATION:Kiev', 'ORGANIZATION:NATO']],
  ['North Korea', 'Ông Kim Jong-un thị sát nhà máy sản xuất tên lửa ở tỉnh Nam Phyongan, theo Hãng thông tấn Trung ương Triều Tiên (KCNA).', [
    'PERSON:Kim Jong-un', 'LOCATION:tỉnh Nam Phyongan', 'ORGANIZATION:Hãng thông tấn Trung ương Triều Tiên', 'ORGANIZATION:KCNA']],
  ['Iran', 'Bộ trưởng Ngoại giao Iran Abbas Araghchi cáo buộc Israel vi phạm lệnh ngừng bắn ở Lebanon.', [
    'LOCATION:Iran', 'PERSON:Abbas Araghchi', 'LOCATION:Israel', 'LOCATION:Lebanon']],
  ['Thailand', 'Cựu Thủ tướng Thái Lan Thaksin Shinawatra bị Tòa án Tối cao buộc thi hành án một năm tù.', [
    'LOCATION:Thái Lan', 'PERSON:Thaksin Shinawatra', 'ORGANIZATION:Tòa án Tối cao']],
  ['South China Sea', 'Bộ Ngoại giao Trung Quốc phản đối việc Manila điều tàu tới bãi cạn Scarborough.', [
    'ORGANIZATION:Bộ Ngoại giao Trung Quốc', 'LOCATION:Manila', 'LOCATION:bãi cạn Scarborough']],
  ['India-China', 'Thủ tướng Ấn Độ Narendra Modi gặp Chủ tịch Trung Quốc Tập Cận Bình bên lề hội nghị SCO ở Thiên Tân.', [
    'LOCATION:Ấn Độ', 'PERSON:Narendra Modi', 'LOCATION:Trung Quốc', 'PERSON:Tập Cận Bình', 'ORGANIZATION:SCO', 'LOCATION:Thiên Tân']],
  ['Jordan', 'Quốc vương Abdullah II của Jordan kêu gọi cộng đồng quốc tế viện trợ khẩn cấp cho người dân Gaza.', [
    'PERSON:Abdullah II', 'LOCATION:Jordan', 'LOCATION:Gaza']],
  ['Japan, company', 'Theo Yomiuri Shimbun, Tokyo Electric Power Company sẽ xả thêm nước thải từ nhà máy Fukushima.', [
    'ORGANIZATION:Yomiuri Shimbun', 'ORGANIZATION:Tokyo Electric Power Company', 'LOCATION:Fukushima']],
  ['Malaysia', 'Thủ tướng Malaysia Anwar Ibrahim nói Kuala Lumpur sẵn sàng tiếp đón lãnh đạo các nước ASEAN vào tháng 10.', [
    'LOCATION:Malaysia', 'PERSON:Anwar Ibrahim', 'LOCATION:Kuala Lumpur', 'ORGANIZATION:ASEAN']],
  ['US envoy', 'Đặc phái viên Mỹ Steve Witkoff đã tới Moskva để gặp ông Putin và Kirill Dmitriev, người đứng đầu Quỹ Đầu tư Trực tiếp Nga.', [
    'LOCATION:Mỹ', 'PERSON:Steve Witkoff', 'LOCATION:Moskva', 'PERSON:Putin', 'PERSON:Kirill Dmitriev', 'ORGANIZATION:Quỹ Đầu tư Trực tiếp Nga']],
  ['music video', 'Ca sĩ Sơn Tùng M-TP ra mắt MV mới, vượt 10 triệu lượt xem trên YouTube sau 24 giờ.', [
    'PERSON:Sơn Tùng M-TP', 'ORGANIZATION:YouTube']],
  ['cinema', 'Phim "Mưa đỏ" của đạo diễn Đặng Thái Huyền đạt doanh thu 700 tỷ đồng, theo Box Office Vietnam.', [
    'PERSON:Đặng Thái Huyền', 'ORGANIZATION:Box Office Vietnam']],
  ['K-pop concert', 'Nhóm nhạc BLACKPINK sẽ biểu diễn tại sân vận động Mỹ Đình vào tháng 7, theo công ty YG Entertainment.', [
    'ORGANIZATION:BLACKPINK', 'LOCATION:sân vận động Mỹ Đình', 'ORGANIZATION:YG Entertainment']],
  ['beauty queen', "Hoa hậu H'Hen Niê về thăm buôn làng ở Đắk Lắk cùng đạo diễn Trấn Thành.", [
    "PERSON:H'Hen Niê", 'LOCATION:Đắk Lắk', 'PERSON:Trấn Thành']],
  ['theatre', 'Nghệ sĩ Nhân dân Trung Anh được Nhà hát Kịch Việt Nam mời tham gia vở diễn mới.', [
    'PERSON:Trung Anh', 'ORGANIZATION:Nhà hát Kịch Việt Nam']],
  ['Korean actor', 'Diễn viên Lee Min-ho sang TP.HCM quảng bá phim, được người hâm mộ đón ở sân bay Tân Sơn Nhất.', [
    'PERSON:Lee Min-ho', 'LOCATION:TP.HCM', 'LOCATION:sân bay Tân Sơn Nhất']],
  ['city railway', 'Ông Nguyễn Văn Được, Chủ tịch UBND TP.HCM, đề nghị Bộ Xây dựng sớm trình phương án đường sắt Bến Thành - Cần Giờ.', [
    'PERSON:Nguyễn Văn Được', 'ORGANIZATION:UBND TP.HCM', 'ORGANIZATION:Bộ Xây dựng', 'LOCATION:Bến Thành', 'LOCATION:Cần Giờ']],
  ['flood relief', 'Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị tiếp nhận 5 tỷ đồng ủng hộ người dân vùng lũ Lệ Thủy.', [
    'ORGANIZATION:Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị', 'LOCATION:Lệ Thủy']],
  ['trade union', 'Tổng Liên đoàn Lao động Việt Nam đề xuất tăng lương tối thiểu vùng thêm 7,2% từ năm 2026.', [
    'ORGANIZATION:Tổng Liên đoàn Lao động Việt Nam']],
  ['storm', 'Bão Kajiki đổ bộ vào Hà Tĩnh và Nghệ An, Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo mưa lớn.', [
    'LOCATION:Hà Tĩnh', 'LOCATION:Nghệ An', 'ORGANIZATION:Trung tâm Dự báo khí tượng thủy văn quốc gia']],
  ['telecom abroad', 'Viettel đã khai trương mạng 5G tại Lào thông qua công ty con Unitel, theo ông Tào Đức Thắng.', [
    'ORGANIZATION:Viettel', 'LOCATION:Lào', 'ORGANIZATION:Unitel', 'PERSON:Tào Đức Thắng']],
  ['chip plant', 'Tập đoàn Công nghiệp - Viễn thông Quân đội khởi công nhà máy chip bán dẫn tại Khu công nghệ cao Hòa Lạc.', [
    'ORGANIZATION:Tập đoàn Công nghiệp - Viễn thông Quân đội', 'LOCATION:Khu công nghệ cao Hòa Lạc']],
  ['Korean court', 'Ông Yoon Suk-yeol bị Tòa án Quận Trung tâm Seoul tuyên án chung thân.', [
    'PERSON:Yoon Suk-yeol', 'ORGANIZATION:Tòa án Quận Trung tâm Seoul']],
];

/** Written after the batch-3 fixes and scored untouched: the honest after-figure. */
export const BATCH4: HeldOutCase[] = [
  ['city council', 'Chiều 3/11, Hội đồng nhân dân TP Hà Nội khai mạc kỳ họp thứ 27, Chủ tịch HĐND Nguyễn Ngọc Tuấn chủ trì.', [
    'ORGANIZATION:Hội đồng nhân dân TP Hà Nội', 'ORGANIZATION:HĐND', 'PERSON:Nguyễn Ngọc Tuấn']],
  ['fuel supply', 'Bộ Công Thương yêu cầu Tập đoàn Xăng dầu Việt Nam (Petrolimex) bảo đảm nguồn cung cho các tỉnh phía Nam.', [
    'ORGANIZATION:Bộ Công Thương', 'ORGANIZATION:Tập đoàn Xăng dầu Việt Nam', 'ORGANIZATION:Petrolimex']],
  ['drug arrest', 'Công an tỉnh Gia Lai đã bắt giữ Lê Văn Tám, 42 tuổi, trú tại xã Ia Grai, về hành vi vận chuyển ma túy.', [
    'ORGANIZATION:Công an tỉnh Gia Lai', 'PERSON:Lê Văn Tám', 'LOCATION:xã Ia Grai']],
  ['bank trial', 'Tòa án nhân dân TP.HCM mở phiên xét xử cựu Chủ tịch Ngân hàng SCB Trần Thị Bảo Ngọc cùng 20 đồng phạm.', [
    'ORGANIZATION:Tòa án nhân dân TP.HCM', 'ORGANIZATION:Ngân hàng SCB', 'PERSON:Trần Thị Bảo Ngọc']],
  ['bank loan', 'Ngân hàng TMCP Công Thương Việt Nam (VietinBank) ký thỏa thuận tài trợ 500 triệu USD với Tập đoàn Điện lực Việt Nam.', [
    'ORGANIZATION:Ngân hàng TMCP Công Thương Việt Nam', 'ORGANIZATION:VietinBank', 'ORGANIZATION:Tập đoàn Điện lực Việt Nam']],
  ['airline route', 'Công ty cổ phần Hàng không Vietjet công bố mở đường bay thẳng từ Đà Nẵng đến Ahmedabad (Ấn Độ).', [
    'ORGANIZATION:Công ty cổ phần Hàng không Vietjet', 'LOCATION:Đà Nẵng', 'LOCATION:Ahmedabad', 'LOCATION:Ấn Độ']],
  ['football award', 'Tiền vệ Nguyễn Hoàng Đức có tên trong danh sách đề cử giải thưởng cầu thủ xuất sắc nhất năm cùng thủ môn Đặng Văn Lâm.', [
    'PERSON:Nguyễn Hoàng Đức', 'PERSON:Đặng Văn Lâm']],
  ['Premier League injury', 'HLV Pep Guardiola cho biết Phil Foden sẽ nghỉ thi đấu hai tuần vì chấn thương mắt cá.', [
    'PERSON:Pep Guardiola', 'PERSON:Phil Foden']],
  ['V-League transfer', 'Câu lạc bộ Ninh Bình chiêu mộ trung vệ Nguyễn Thành Chung từ Hà Nội FC với giá kỷ lục.', [
    'ORGANIZATION:Câu lạc bộ Ninh Bình', 'PERSON:Nguyễn Thành Chung', 'ORGANIZATION:Hà Nội FC']],
  ['boxing', 'Võ sĩ Nguyễn Thị Thu Nhi bảo vệ thành công đai vô địch thế giới WBO tại TP.HCM.', [
    'PERSON:Nguyễn Thị Thu Nhi', 'ORGANIZATION:WBO', 'LOCATION:TP.HCM']],
  ['institute warning', 'Viện Pasteur TP.HCM cảnh báo số ca mắc tay chân miệng ở khu vực phía Nam tăng 30% so với tuần trước.', [
    'ORGANIZATION:Viện Pasteur TP.HCM']],
  ['children hospital', 'Giám đốc Bệnh viện Nhi Trung ương Cao Việt Tùng cho biết bệnh viện đã tách thành công cặp song sinh dính nhau.', [
    'ORGANIZATION:Bệnh viện Nhi Trung ương', 'PERSON:Cao Việt Tùng']],
  ['vaccine request', 'Bộ Y tế đề nghị Tổ chức Y tế Thế giới hỗ trợ vaccine phòng sởi cho các tỉnh miền núi phía Bắc.', [
    'ORGANIZATION:Bộ Y tế', 'ORGANIZATION:Tổ chức Y tế Thế giới']],
  ['medical school', 'Trường Đại học Y Hà Nội và Đại học Johns Hopkins ký kết hợp tác đào tạo bác sĩ nội trú.', [
    'ORGANIZATION:Trường Đại học Y Hà Nội', 'ORGANIZATION:Đại học Johns Hopkins']],
  ['agriculture academy', 'Học viện Nông nghiệp Việt Nam công bố điểm sàn xét tuyển; ThS Nguyễn Văn Hùng, Phó giám đốc học viện, nói chỉ tiêu tăng 10%.', [
    'ORGANIZATION:Học viện Nông nghiệp Việt Nam', 'PERSON:Nguyễn Văn Hùng']],
  ['school exams', 'Sở Giáo dục và Đào tạo Hà Nội chốt lịch thi vào lớp 10 năm học 2026-2027.', [
    'ORGANIZATION:Sở Giáo dục và Đào tạo Hà Nội']],
  ['Korea-Japan', 'Tổng thống Hàn Quốc Lee Jae-myung và Thủ tướng Nhật Bản Ishiba Shigeru nhất trí thúc đẩy hợp tác an ninh.', [
    'LOCATION:Hàn Quốc', 'PERSON:Lee Jae-myung', 'LOCATION:Nhật Bản', 'PERSON:Ishiba Shigeru']],
  ['Russia-North Korea', 'Ngoại trưởng Nga Sergei Lavrov hội đàm với người đồng cấp Triều Tiên Choe Son-hui tại Wonsan.', [
    'LOCATION:Nga', 'PERSON:Sergei Lavrov', 'LOCATION:Triều Tiên', 'PERSON:Choe Son-hui', 'LOCATION:Wonsan']],
  ['Egypt-Jordan', 'Tổng thống Ai Cập Abdel Fattah al-Sisi tiếp Quốc vương Jordan Abdullah II tại Cairo.', [
    'LOCATION:Ai Cập', 'PERSON:Abdel Fattah al-Sisi', 'LOCATION:Jordan', 'PERSON:Abdullah II', 'LOCATION:Cairo']],
  ['car maker', 'Theo hãng tin Kyodo, Tập đoàn Toyota Motor sẽ đầu tư 10 tỷ USD xây nhà máy pin ở bang North Carolina.', [
    'ORGANIZATION:Kyodo', 'ORGANIZATION:Tập đoàn Toyota Motor', 'LOCATION:bang North Carolina']],
  ['Gaza', 'Thủ tướng Israel Benjamin Netanyahu tuyên bố tiếp tục chiến dịch ở Dải Gaza bất chấp sức ép từ Washington.', [
    'LOCATION:Israel', 'PERSON:Benjamin Netanyahu', 'LOCATION:Dải Gaza', 'LOCATION:Washington']],
  ['sovereignty', 'Người phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng khẳng định Việt Nam có đủ bằng chứng về chủ quyền đối với quần đảo Hoàng Sa.', [
    'ORGANIZATION:Bộ Ngoại giao Việt Nam', 'PERSON:Phạm Thu Hằng', 'LOCATION:Việt Nam', 'LOCATION:quần đảo Hoàng Sa']],
  ['concert', 'Ca sĩ Hà Anh Tuấn tổ chức đêm nhạc tại Đà Lạt, toàn bộ 5.000 vé được bán hết trên Ticketbox trong 10 phút.', [
    'PERSON:Hà Anh Tuấn', 'LOCATION:Đà Lạt', 'ORGANIZATION:Ticketbox']],
  ['streaming', 'Phim của đạo diễn Victor Vũ được Netflix mua bản quyền phát hành tại 190 quốc gia.', [
    'PERSON:Victor Vũ', 'ORGANIZATION:Netflix']],
  ['Korean actor', 'Nam diễn viên Song Joong-ki sẽ sang Hà Nội dự lễ trao giải do Đài Truyền hình Việt Nam tổ chức.', [
    'PERSON:Song Joong-ki', 'LOCATION:Hà Nội', 'ORGANIZATION:Đài Truyền hình Việt Nam']],
  ['dismissal', 'Ủy ban nhân dân tỉnh Thái Nguyên quyết định cho thôi chức Giám đốc Sở Tài chính đối với ông Hoàng Văn Hải.', [
    'ORGANIZATION:Ủy ban nhân dân tỉnh Thái Nguyên', 'ORGANIZATION:Sở Tài chính', 'PERSON:Hoàng Văn Hải']],
  ['special zone tourism', 'Đặc khu Côn Đảo đón hơn 100.000 lượt khách trong 9 tháng, theo Sở Du lịch TP.HCM.', [
    'LOCATION:Đặc khu Côn Đảo', 'ORGANIZATION:Sở Du lịch TP.HCM']],
  ['environmental police', 'Cục Cảnh sát phòng chống tội phạm về môi trường phối hợp với Interpol triệt phá đường dây buôn bán ngà voi.', [
    'ORGANIZATION:Cục Cảnh sát phòng chống tội phạm về môi trường', 'ORGANIZATION:Interpol']],
  ['tech expansion', 'Chủ tịch Tập đoàn FPT Trương Gia Bình cho biết công ty sẽ mở văn phòng tại Munich, Đức.', [
    'ORGANIZATION:Tập đoàn FPT', 'PERSON:Trương Gia Bình', 'LOCATION:Munich', 'LOCATION:Đức']],
  ['chips', 'Tỷ phú Jensen Huang, nhà sáng lập Nvidia, gặp lãnh đạo Đài Loan Lại Thanh Đức tại Đài Bắc.', [
    'PERSON:Jensen Huang', 'ORGANIZATION:Nvidia', 'LOCATION:Đài Loan', 'PERSON:Lại Thanh Đức', 'LOCATION:Đài Bắc']],
  ['FDI exports', 'Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên xuất khẩu 20 tỷ USD trong năm.', [
    'ORGANIZATION:Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên']],
  ['football federation', 'Liên đoàn Bóng đá Việt Nam đã gửi công văn tới Liên đoàn Bóng đá châu Á (AFC) đề nghị xem xét lại án phạt.', [
    'ORGANIZATION:Liên đoàn Bóng đá Việt Nam', 'ORGANIZATION:Liên đoàn Bóng đá châu Á', 'ORGANIZATION:AFC']],
  ['army', 'Thượng tướng Trịnh Văn Quyết, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, thăm Bộ Chỉ huy Quân sự tỉnh Cà Mau.', [
    'PERSON:Trịnh Văn Quyết', 'ORGANIZATION:Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'ORGANIZATION:Bộ Chỉ huy Quân sự tỉnh Cà Mau']],
  ['Thai police', 'Cảnh sát Thái Lan bắt giữ hai nghi phạm người Campuchia tại Bangkok.', [
    'ORGANIZATION:Cảnh sát Thái Lan', 'LOCATION:Campuchia', 'LOCATION:Bangkok']],
  ['French press', 'Tờ Le Monde dẫn lời Tổng thống Pháp Emmanuel Macron nói Paris ủng hộ lệnh trừng phạt mới đối với Moskva.', [
    'ORGANIZATION:Le Monde', 'LOCATION:Pháp', 'PERSON:Emmanuel Macron', 'LOCATION:Paris', 'LOCATION:Moskva']],
];

/** Written at the end of the session, after every rule change, and scored untouched. */
export const BATCH5: HeldOutCase[] = [
  ['National Assembly', 'Sáng 20/10, Quốc hội khai mạc kỳ họp thứ 10 tại Hà Nội. Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu khai mạc.', [
    'ORGANIZATION:Quốc hội', 'LOCATION:Hà Nội', 'ORGANIZATION:Quốc hội', 'PERSON:Trần Thanh Mẫn']],
  ['anti-corruption committee', 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực yêu cầu xử lý dứt điểm các vụ án tại Tập đoàn Phúc Sơn.', [
    'ORGANIZATION:Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', 'ORGANIZATION:Tập đoàn Phúc Sơn']],
  ['gambling ring', 'Công an TP Đà Nẵng phát hiện đường dây đánh bạc qua mạng quy mô 1.000 tỷ đồng do Nguyễn Hữu Tài cầm đầu.', [
    'ORGANIZATION:Công an TP Đà Nẵng', 'PERSON:Nguyễn Hữu Tài']],
  ['e-commerce tax', 'Theo Cục Thuế, doanh thu từ thương mại điện tử của các nền tảng Shopee, TikTok Shop và Lazada đạt 100.000 tỷ đồng.', [
    'ORGANIZATION:Cục Thuế', 'ORGANIZATION:Shopee', 'ORGANIZATION:TikTok Shop', 'ORGANIZATION:Lazada']],
  ['brokerage forecast', 'Công ty Chứng khoán SSI dự báo chỉ số chính có thể vượt 1.800 điểm trong quý IV nhờ dòng vốn ngoại.', [
    'ORGANIZATION:Công ty Chứng khoán SSI']],
  ['foreign bank licence', 'Ngân hàng Nhà nước Việt Nam vừa cấp phép cho Ngân hàng TNHH một thành viên Shinhan Việt Nam mở thêm 3 chi nhánh.', [
    'ORGANIZATION:Ngân hàng Nhà nước Việt Nam', 'ORGANIZATION:Ngân hàng TNHH một thành viên Shinhan Việt Nam']],
  ['car plant abroad', 'Tổng giám đốc Vingroup Nguyễn Việt Quang cho biết VinFast sẽ khánh thành nhà máy tại bang Tamil Nadu, Ấn Độ.', [
    'ORGANIZATION:Vingroup', 'PERSON:Nguyễn Việt Quang', 'ORGANIZATION:VinFast', 'LOCATION:bang Tamil Nadu', 'LOCATION:Ấn Độ']],
  ['national team', 'HLV Kim Sang-sik hài lòng khi các học trò thắng 2-0 trên sân Thiên Trường, tỉnh Ninh Bình.', [
    'PERSON:Kim Sang-sik', 'LOCATION:Thiên Trường', 'LOCATION:tỉnh Ninh Bình']],
  ['young player', 'Tiền đạo Lamine Yamal của Barcelona được bầu là cầu thủ trẻ hay nhất châu Âu năm nay.', [
    'PERSON:Lamine Yamal', 'ORGANIZATION:Barcelona', 'LOCATION:châu Âu']],
  ['Formula 1', 'Tay đua Max Verstappen của đội Red Bull Racing giành chiến thắng tại chặng đua ở Singapore.', [
    'PERSON:Max Verstappen', 'ORGANIZATION:Red Bull Racing', 'LOCATION:Singapore']],
  ['provincial hospital', 'Bệnh viện Đa khoa tỉnh Quảng Ngãi đã cứu sống một bệnh nhân bị đột quỵ nhờ kỹ thuật can thiệp mạch.', [
    'ORGANIZATION:Bệnh viện Đa khoa tỉnh Quảng Ngãi']],
  ['flu warning', 'Bác sĩ Trương Hữu Khanh cảnh báo trẻ em dưới 5 tuổi có nguy cơ biến chứng nặng khi mắc cúm.', [
    'PERSON:Trương Hữu Khanh']],
  ['bird flu', 'Viện Vệ sinh dịch tễ Trung ương phối hợp với Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ (CDC) giám sát cúm gia cầm.', [
    'ORGANIZATION:Viện Vệ sinh dịch tễ Trung ương', 'ORGANIZATION:Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ', 'ORGANIZATION:CDC']],
  ['university ranking', 'Trường Đại học Bách khoa - Đại học Đà Nẵng lọt top 500 đại học châu Á theo bảng xếp hạng QS.', [
    'ORGANIZATION:Trường Đại học Bách khoa - Đại học Đà Nẵng', 'LOCATION:châu Á', 'ORGANIZATION:QS']],
  ['mathematics institute', 'Giáo sư Ngô Bảo Châu, Giám đốc khoa học Viện Nghiên cứu cao cấp về Toán, trao học bổng cho 20 sinh viên.', [
    'PERSON:Ngô Bảo Châu', 'ORGANIZATION:Viện Nghiên cứu cao cấp về Toán']],
  ['Thai visit', 'Thủ tướng Thái Lan Anutin Charnvirakul thăm chính thức Việt Nam và hội đàm với Thủ tướng Phạm Minh Chính tại Phủ Chủ tịch.', [
    'LOCATION:Thái Lan', 'PERSON:Anutin Charnvirakul', 'LOCATION:Việt Nam', 'PERSON:Phạm Minh Chính', 'LOCATION:Phủ Chủ tịch']],
  ['Korean defence', 'Bộ trưởng Quốc phòng Hàn Quốc Ahn Gyu-back cho biết Seoul sẽ tăng ngân sách quốc phòng 8%.', [
    'LOCATION:Hàn Quốc', 'PERSON:Ahn Gyu-back', 'LOCATION:Seoul']],
  ['Ukraine', 'Tổng thống Ukraine Volodymyr Zelensky kêu gọi Liên minh châu Âu siết trừng phạt Nga sau cuộc tấn công vào Kharkiv.', [
    'LOCATION:Ukraine', 'PERSON:Volodymyr Zelensky', 'ORGANIZATION:Liên minh châu Âu', 'LOCATION:Nga', 'LOCATION:Kharkiv']],
  ['UAE visit', 'Thái tử Abu Dhabi Sheikh Khaled bin Mohamed bin Zayed đã tới Hà Nội trong chuyến thăm ba ngày.', [
    'LOCATION:Abu Dhabi', 'PERSON:Khaled bin Mohamed bin Zayed', 'LOCATION:Hà Nội']],
  ['shoal', 'Theo Thời báo Hoàn Cầu, Bắc Kinh sẽ đáp trả nếu Manila tiếp tục đưa tàu vào khu vực bãi cạn Second Thomas.', [
    'ORGANIZATION:Thời báo Hoàn Cầu', 'LOCATION:Bắc Kinh', 'LOCATION:Manila', 'LOCATION:bãi cạn Second Thomas']],
  ['summit', 'Nhà Trắng xác nhận Tổng thống Donald Trump sẽ gặp Chủ tịch Tập Cận Bình tại Busan bên lề APEC.', [
    'ORGANIZATION:Nhà Trắng', 'PERSON:Donald Trump', 'PERSON:Tập Cận Bình', 'LOCATION:Busan', 'ORGANIZATION:APEC']],
  ['memoir', 'Cựu Thủ tướng Anh Boris Johnson xuất bản hồi ký, trong đó chỉ trích người kế nhiệm Keir Starmer.', [
    'LOCATION:Anh', 'PERSON:Boris Johnson', 'PERSON:Keir Starmer']],
  ['Tet film', 'Diễn viên Ninh Dương Lan Ngọc và đạo diễn Trấn Thành cùng tham gia dự án phim Tết của Galaxy Studio.', [
    'PERSON:Ninh Dương Lan Ngọc', 'PERSON:Trấn Thành', 'ORGANIZATION:Galaxy Studio']],
  ['band tour', 'Ban nhạc Coldplay công bố lịch lưu diễn châu Á, trong đó có hai đêm tại Bangkok.', [
    'ORGANIZATION:Coldplay', 'LOCATION:châu Á', 'LOCATION:Bangkok']],
  ['music award', 'Nhạc sĩ Nguyễn Văn Chung được Hội Nhạc sĩ Việt Nam trao giải thưởng năm 2025.', [
    'PERSON:Nguyễn Văn Chung', 'ORGANIZATION:Hội Nhạc sĩ Việt Nam']],
  ['commune flood', 'Ông Lê Văn Thành, Chủ tịch UBND xã Tân Hưng, cho biết nước lũ đã rút nhưng nhiều hộ dân vẫn bị cô lập.', [
    'PERSON:Lê Văn Thành', 'ORGANIZATION:UBND xã Tân Hưng']],
  ['province merger', 'Tỉnh Lào Cai mới được thành lập trên cơ sở hợp nhất tỉnh Yên Bái và tỉnh Lào Cai, trung tâm hành chính đặt tại phường Yên Bái.', [
    'LOCATION:Tỉnh Lào Cai', 'LOCATION:tỉnh Yên Bái', 'LOCATION:tỉnh Lào Cai', 'LOCATION:phường Yên Bái']],
  ['communes', 'Theo Bộ Nội vụ, cả nước hiện có 3.321 đơn vị hành chính cấp xã, giảm hơn 6.700 đơn vị so với trước sáp nhập.', [
    'ORGANIZATION:Bộ Nội vụ']],
  ['airline CEO', 'Hãng hàng không Bamboo Airways bổ nhiệm ông Lương Hoài Nam làm Tổng giám đốc.', [
    'ORGANIZATION:Bamboo Airways', 'PERSON:Lương Hoài Nam']],
  ['iPhone production', 'Tập đoàn Apple đặt mục tiêu sản xuất 20% iPhone tại Ấn Độ, theo Bloomberg.', [
    'ORGANIZATION:Tập đoàn Apple', 'LOCATION:Ấn Độ', 'ORGANIZATION:Bloomberg']],
  ['gold price', 'Giá vàng miếng tại Công ty Vàng bạc Đá quý Sài Gòn tăng thêm 1 triệu đồng mỗi lượng.', [
    'ORGANIZATION:Công ty Vàng bạc Đá quý Sài Gòn']],
  ['fraud sentence', 'Tòa án nhân dân tỉnh Lâm Đồng tuyên phạt bị cáo Nguyễn Thị Mai 12 năm tù về tội lừa đảo chiếm đoạt tài sản.', [
    'ORGANIZATION:Tòa án nhân dân tỉnh Lâm Đồng', 'PERSON:Nguyễn Thị Mai']],
  ['ambassador', 'Đại sứ Mỹ tại Việt Nam Marc Knapper đã thăm Đại học Fulbright Việt Nam ở TP.HCM.', [
    'LOCATION:Mỹ', 'LOCATION:Việt Nam', 'PERSON:Marc Knapper', 'ORGANIZATION:Đại học Fulbright Việt Nam', 'LOCATION:TP.HCM']],
  ['space agency', 'Cơ quan Hàng không Vũ trụ Mỹ (NASA) lùi thời điểm phóng tàu Artemis II sang tháng 4.', [
    'ORGANIZATION:Cơ quan Hàng không Vũ trụ Mỹ', 'ORGANIZATION:NASA']],
  ['craft village', 'Người dân ở xã Bát Tràng, Hà Nội, đang tất bật chuẩn bị hàng gốm cho thị trường Tết.', [
    'LOCATION:xã Bát Tràng', 'LOCATION:Hà Nội']],
  ['expressway', 'Ông Nguyễn Thanh Nghị, Bộ trưởng Bộ Xây dựng, yêu cầu đẩy nhanh tiến độ cao tốc Bắc - Nam.', [
    'PERSON:Nguyễn Thanh Nghị', 'ORGANIZATION:Bộ Xây dựng']],
  ['Red Cross', 'Hội Chữ thập đỏ Việt Nam tiếp nhận 200 tấn hàng cứu trợ từ Nhật Bản cho người dân vùng lũ Thái Nguyên.', [
    'ORGANIZATION:Hội Chữ thập đỏ Việt Nam', 'LOCATION:Nhật Bản', 'LOCATION:Thái Nguyên']],
  ['AI funding', 'Theo Reuters, OpenAI đang đàm phán với SoftBank về khoản đầu tư 40 tỷ USD.', [
    'ORGANIZATION:Reuters', 'ORGANIZATION:OpenAI', 'ORGANIZATION:SoftBank']],
  ['Danish throne', 'Nữ hoàng Đan Mạch Margrethe II đã thoái vị, nhường ngôi cho Thái tử Frederik.', [
    'LOCATION:Đan Mạch', 'PERSON:Margrethe II', 'PERSON:Frederik']],
  ['Red Sea', 'Lực lượng Houthi ở Yemen tuyên bố tấn công tàu hàng trên Biển Đỏ.', [
    'ORGANIZATION:Houthi', 'LOCATION:Yemen', 'LOCATION:Biển Đỏ']],
];

/** Written last, after every rule change of the session, and scored untouched (the final held-out figure). */
export const BATCH6: HeldOutCase[] = [
  ['provincial leadership', 'Chiều 8/10, Ban Chấp hành Đảng bộ tỉnh Phú Thọ đã bầu ông Đặng Xuân Phong làm Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.', [
    'ORGANIZATION:Ban Chấp hành Đảng bộ tỉnh Phú Thọ', 'PERSON:Đặng Xuân Phong', 'ORGANIZATION:Tỉnh ủy']],
  ['budget session', 'Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trình bày báo cáo về tình hình kinh tế - xã hội trước Quốc hội.', [
    'ORGANIZATION:Bộ Tài chính', 'PERSON:Nguyễn Văn Thắng', 'ORGANIZATION:Quốc hội']],
  ['border guards', 'Bộ đội Biên phòng tỉnh Quảng Trị phối hợp với lực lượng chức năng Lào bắt giữ 3 đối tượng vận chuyển ma túy qua cửa khẩu Lao Bảo.', [
    'ORGANIZATION:Bộ đội Biên phòng tỉnh Quảng Trị', 'LOCATION:Lào', 'LOCATION:cửa khẩu Lao Bảo']],
  ['fraud arrest', 'Công an TP.HCM bắt tạm giam Lê Thị Thu Hà, Giám đốc Công ty TNHH Thương mại Dịch vụ Hưng Thịnh, về tội lừa đảo.', [
    'ORGANIZATION:Công an TP.HCM', 'PERSON:Lê Thị Thu Hà', 'ORGANIZATION:Công ty TNHH Thương mại Dịch vụ Hưng Thịnh']],
  ['appeal court', 'Tòa án nhân dân cấp cao tại Đà Nẵng giữ nguyên mức án 20 năm tù đối với bị cáo Võ Thành Nam.', [
    'ORGANIZATION:Tòa án nhân dân cấp cao', 'LOCATION:Đà Nẵng', 'PERSON:Võ Thành Nam']],
  ['bank profit', 'Ngân hàng TMCP Kỹ Thương Việt Nam (Techcombank) báo lãi trước thuế 9 tháng đạt 23.000 tỷ đồng, theo báo cáo gửi HoSE.', [
    'ORGANIZATION:Ngân hàng TMCP Kỹ Thương Việt Nam', 'ORGANIZATION:Techcombank', 'ORGANIZATION:HoSE']],
  ['electric cars', 'Hãng xe điện BYD của Trung Quốc khai trương đại lý đầu tiên tại Hà Nội, cạnh tranh trực tiếp với VinFast.', [
    'ORGANIZATION:BYD', 'LOCATION:Trung Quốc', 'LOCATION:Hà Nội', 'ORGANIZATION:VinFast']],
  ['dairy', 'Tổng giám đốc Vinamilk Mai Kiều Liên cho biết công ty sẽ xây trang trại bò sữa tại tỉnh Tây Ninh.', [
    'ORGANIZATION:Vinamilk', 'PERSON:Mai Kiều Liên', 'LOCATION:tỉnh Tây Ninh']],
  ['energy company', 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (Petrovietnam) ký biên bản ghi nhớ với ExxonMobil về khai thác khí.', [
    'ORGANIZATION:Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', 'ORGANIZATION:Petrovietnam', 'ORGANIZATION:ExxonMobil']],
  ['Champions League', 'Tiền đạo Harry Kane lập hat-trick giúp Bayern Munich đánh bại PSG tại Allianz Arena.', [
    'PERSON:Harry Kane', 'ORGANIZATION:Bayern Munich', 'ORGANIZATION:PSG', 'LOCATION:Allianz Arena']],
  ['SEA Games', 'Vận động viên Nguyễn Thị Oanh giành huy chương vàng nội dung 5.000 m tại Bangkok, Thái Lan.', [
    'PERSON:Nguyễn Thị Oanh', 'LOCATION:Bangkok', 'LOCATION:Thái Lan']],
  ['coach sacked', 'Câu lạc bộ Hoàng Anh Gia Lai chia tay HLV Vũ Tiến Thành sau chuỗi 5 trận không thắng.', [
    'ORGANIZATION:Câu lạc bộ Hoàng Anh Gia Lai', 'PERSON:Vũ Tiến Thành']],
  ['chess', 'Kỳ thủ Lê Quang Liêm đánh bại Magnus Carlsen ở ván cờ nhanh tại giải đấu ở Oslo.', [
    'PERSON:Lê Quang Liêm', 'PERSON:Magnus Carlsen', 'LOCATION:Oslo']],
  ['dengue', 'Sở Y tế Hà Nội ghi nhận hơn 1.200 ca sốt xuất huyết trong tuần, tập trung ở các phường Hoàng Mai và Đống Đa.', [
    // annotation corrected after the first score: the prefix after "các" belongs to the first place (house convention)
    'ORGANIZATION:Sở Y tế Hà Nội', 'LOCATION:phường Hoàng Mai', 'LOCATION:Đống Đa']],
  ['transplant', 'Các bác sĩ Bệnh viện Trung ương Quân đội 108 đã ghép gan thành công cho bệnh nhân 12 tuổi đến từ Nghệ An.', [
    'ORGANIZATION:Bệnh viện Trung ương Quân đội 108', 'LOCATION:Nghệ An']],
  ['WHO office', 'Trưởng đại diện Tổ chức Y tế Thế giới tại Việt Nam Angela Pratt khuyến cáo tiêm vaccine cúm trước mùa đông.', [
    'ORGANIZATION:Tổ chức Y tế Thế giới', 'LOCATION:Việt Nam', 'PERSON:Angela Pratt']],
  ['exam results', 'Bộ Giáo dục và Đào tạo công bố điểm thi tốt nghiệp THPT; thủ khoa cả nước là em Trần Minh Khoa, học sinh Trường THPT chuyên Hà Nội - Amsterdam.', [
    'ORGANIZATION:Bộ Giáo dục và Đào tạo', 'PERSON:Trần Minh Khoa', 'ORGANIZATION:Trường THPT chuyên Hà Nội - Amsterdam']],
  ['scholarship', 'Đại học Quốc gia TP.HCM trao 300 suất học bổng do Quỹ Vingroup tài trợ cho sinh viên khó khăn.', [
    'ORGANIZATION:Đại học Quốc gia TP.HCM', 'ORGANIZATION:Quỹ Vingroup']],
  ['Japan PM', 'Thủ tướng Nhật Bản Takaichi Sanae và Tổng thống Mỹ Donald Trump ký thỏa thuận về khoáng sản đất hiếm tại Tokyo.', [
    'LOCATION:Nhật Bản', 'PERSON:Takaichi Sanae', 'LOCATION:Mỹ', 'PERSON:Donald Trump', 'LOCATION:Tokyo']],
  ['Russian oil', 'Phó Thủ tướng Nga Alexander Novak nói Moskva sẵn sàng tăng xuất khẩu dầu sang Ấn Độ và Trung Quốc.', [
    'LOCATION:Nga', 'PERSON:Alexander Novak', 'LOCATION:Moskva', 'LOCATION:Ấn Độ', 'LOCATION:Trung Quốc']],
  ['Gulf mediation', 'Quốc vương Qatar Tamim bin Hamad Al Thani tiếp phái đoàn Hamas tại Doha để bàn về lệnh ngừng bắn.', [
    'LOCATION:Qatar', 'PERSON:Tamim bin Hamad Al Thani', 'ORGANIZATION:Hamas', 'LOCATION:Doha']],
  ['Korean politics', 'Cựu Tổng thống Hàn Quốc Moon Jae-in bị Viện Kiểm sát Trung ương Seoul triệu tập để thẩm vấn.', [
    'LOCATION:Hàn Quốc', 'PERSON:Moon Jae-in', 'ORGANIZATION:Viện Kiểm sát Trung ương Seoul']],
  ['Chinese ministry', 'Người phát ngôn Bộ Thương mại Trung Quốc Hà Vĩnh Tiền cho biết Bắc Kinh sẽ áp thuế đối với hàng hóa Mỹ.', [
    'ORGANIZATION:Bộ Thương mại Trung Quốc', 'PERSON:Hà Vĩnh Tiền', 'LOCATION:Bắc Kinh', 'LOCATION:Mỹ']],
  ['EU summit', 'Chủ tịch Ủy ban châu Âu Ursula von der Leyen kêu gọi các nước thành viên EU tăng chi tiêu quốc phòng.', [
    'ORGANIZATION:Ủy ban châu Âu', 'PERSON:Ursula von der Leyen', 'ORGANIZATION:EU']],
  ['Indonesian volcano', 'Núi lửa Lewotobi ở đảo Flores, Indonesia phun trào, buộc hãng hàng không Garuda Indonesia hủy nhiều chuyến bay tới Bali.', [
    'LOCATION:Lewotobi', 'LOCATION:đảo Flores', 'LOCATION:Indonesia', 'ORGANIZATION:Garuda Indonesia', 'LOCATION:Bali']],
  ['film festival', 'Bộ phim của đạo diễn Bùi Thạc Chuyên được chọn tranh giải tại Liên hoan phim Busan, Hàn Quốc.', [
    'PERSON:Bùi Thạc Chuyên', 'LOCATION:Busan', 'LOCATION:Hàn Quốc']],
  ['singer tour', 'Ca sĩ Mỹ Tâm công bố tour diễn tại Mỹ và Australia, vé được bán qua nền tảng Ticketmaster.', [
    'PERSON:Mỹ Tâm', 'LOCATION:Mỹ', 'LOCATION:Australia', 'ORGANIZATION:Ticketmaster']],
  ['K-drama', 'Nữ diễn viên Kim Ji-won xác nhận đóng chính trong phim mới của đài tvN, dự kiến lên sóng vào tháng 3.', [
    'PERSON:Kim Ji-won', 'ORGANIZATION:tvN']],
  ['flooding', 'Mưa lớn kéo dài khiến nhiều tuyến đường ở phường Hòa Khánh, thành phố Đà Nẵng ngập sâu; Ủy ban nhân dân thành phố Đà Nẵng đã sơ tán 500 hộ dân.', [
    'LOCATION:phường Hòa Khánh', 'LOCATION:thành phố Đà Nẵng', 'ORGANIZATION:Ủy ban nhân dân thành phố Đà Nẵng']],
  ['airport', 'Tổng công ty Cảng hàng không Việt Nam cho biết nhà ga T3 sân bay Tân Sơn Nhất phục vụ 20 triệu khách mỗi năm.', [
    'ORGANIZATION:Tổng công ty Cảng hàng không Việt Nam', 'LOCATION:sân bay Tân Sơn Nhất']],
  ['metro', 'Tuyến metro số 1 Bến Thành - Suối Tiên đã chở hơn 10 triệu lượt khách, theo Ban Quản lý đường sắt đô thị TP.HCM.', [
    'LOCATION:Bến Thành', 'LOCATION:Suối Tiên', 'ORGANIZATION:Ban Quản lý đường sắt đô thị TP.HCM']],
  ['tech giant', 'Theo hãng tin Bloomberg, Nvidia sẽ đầu tư 500 triệu USD vào trung tâm nghiên cứu AI tại Hà Nội do ông Jensen Huang công bố.', [
    'ORGANIZATION:Bloomberg', 'ORGANIZATION:Nvidia', 'LOCATION:Hà Nội', 'PERSON:Jensen Huang']],
  ['think tank', 'Ông Gregory Poling, Giám đốc Sáng kiến Minh bạch Hàng hải châu Á (AMTI), nói Trung Quốc đang bồi đắp thêm ở Trường Sa.', [
    'PERSON:Gregory Poling', 'ORGANIZATION:Sáng kiến Minh bạch Hàng hải châu Á', 'ORGANIZATION:AMTI', 'LOCATION:Trung Quốc', 'LOCATION:Trường Sa']],
  ['rice exports', 'Hiệp hội Lương thực Việt Nam (VFA) dự báo xuất khẩu gạo sang Philippines sẽ giảm do Manila tạm dừng nhập khẩu.', [
    'ORGANIZATION:Hiệp hội Lương thực Việt Nam', 'ORGANIZATION:VFA', 'LOCATION:Philippines', 'LOCATION:Manila']],
  ['police chief', 'Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an, chủ trì hội nghị tổng kết tại Học viện An ninh nhân dân.', [
    'PERSON:Lương Tam Quang', 'ORGANIZATION:Bộ Công an', 'ORGANIZATION:Học viện An ninh nhân dân']],
];

/**
 * Batch 7: written before any rule change of this round and first scored untouched. It leans on the
 * known gaps: comma-separated ministry names, governors/mayors of foreign places, people whose given
 * name is a province, foreign footballers listed with "và", and sentence-initial "Cô"/"Chú"/"Anh" pronouns.
 */
export const BATCH7: HeldOutCase[] = [
  ['ministries listed', 'Thủ tướng giao Bộ Tài chính, Bộ Xây dựng, Bộ Công Thương và Ngân hàng Nhà nước rà soát các dự án chậm tiến độ.', [
    'ORGANIZATION:Bộ Tài chính', 'ORGANIZATION:Bộ Xây dựng', 'ORGANIZATION:Bộ Công Thương', 'ORGANIZATION:Ngân hàng Nhà nước']],
  ['ministry name with commas', 'Bộ Văn hóa, Thể thao và Du lịch đề xuất miễn thị thực cho công dân 12 nước châu Âu.', [
    'ORGANIZATION:Bộ Văn hóa, Thể thao và Du lịch', 'LOCATION:châu Âu']],
  ['former ministry', 'Bộ Lao động, Thương binh và Xã hội trước đây đã chuyển chức năng quản lý lao động sang Bộ Nội vụ.', [
    'ORGANIZATION:Bộ Lao động, Thương binh và Xã hội', 'ORGANIZATION:Bộ Nội vụ']],
  ['US governor', 'Thống đốc bang California Gavin Newsom ký luật hạn chế sử dụng điện thoại trong trường học.', [
    'LOCATION:bang California', 'PERSON:Gavin Newsom']],
  ['Tokyo governor', 'Thống đốc Tokyo Koike Yuriko tiếp đoàn doanh nghiệp Việt Nam sang tìm hiểu thị trường.', [
    'LOCATION:Tokyo', 'PERSON:Koike Yuriko', 'LOCATION:Việt Nam']],
  ['London mayor', 'Thị trưởng London Sadiq Khan chỉ trích kế hoạch cắt giảm ngân sách giao thông của chính phủ Anh.', [
    'LOCATION:London', 'PERSON:Sadiq Khan', 'LOCATION:Anh']],
  ['New York mayor', 'Thị trưởng New York Zohran Mamdani cam kết miễn phí xe buýt cho người dân thành phố.', [
    'LOCATION:New York', 'PERSON:Zohran Mamdani']],
  ['Osaka governor, no name', 'Theo Thống đốc Osaka, triển lãm thế giới đã thu hút hơn 25 triệu lượt khách.', [
    'LOCATION:Osaka']],
  ['Chinese province head', 'Tỉnh trưởng Vân Nam Vương Dữ Ba tiếp Bí thư Tỉnh ủy Lào Cai tại Côn Minh.', [
    'LOCATION:Vân Nam', 'PERSON:Vương Dữ Ba', 'ORGANIZATION:Tỉnh ủy Lào Cai', 'LOCATION:Côn Minh']],
  ['person named after a province', 'Ông Nguyễn Thái Bình, Giám đốc Sở Tài chính tỉnh Quảng Trị, cho biết tỉnh đã giải ngân 60% vốn đầu tư công.', [
    'PERSON:Nguyễn Thái Bình', 'ORGANIZATION:Sở Tài chính tỉnh Quảng Trị']],
  ['archer named after a province', 'Vận động viên Lê Hà Giang giành huy chương bạc môn bắn cung tại Jakarta.', [
    'PERSON:Lê Hà Giang', 'LOCATION:Jakarta']],
  ['defendant named after a province', 'Bị cáo Lưu Bình Dương khai đã chuyển 3 tỷ đồng cho một cán bộ thuế ở Long An.', [
    'PERSON:Lưu Bình Dương', 'LOCATION:Long An']],
  ['Liverpool', 'HLV Arne Slot cho biết Salah và Szoboszlai sẽ được nghỉ ngơi trước trận gặp Chelsea.', [
    'PERSON:Arne Slot', 'PERSON:Salah', 'PERSON:Szoboszlai', 'ORGANIZATION:Chelsea']],
  ['Barcelona', 'Barcelona thắng đậm nhờ cú đúp của Lewandowski và pha kiến tạo của Pedri.', [
    'ORGANIZATION:Barcelona', 'PERSON:Lewandowski', 'PERSON:Pedri']],
  ['Manchester United', 'Bruno Fernandes và Mainoo vắng mặt trong danh sách đăng ký của Manchester United.', [
    'PERSON:Bruno Fernandes', 'PERSON:Mainoo', 'ORGANIZATION:Manchester United']],
  ['pronoun Cô ấy', 'Cô ấy nói rằng mình chưa bao giờ nghĩ sẽ trở lại Đà Lạt sau 10 năm.', [
    'LOCATION:Đà Lạt']],
  ['pronoun Chú', 'Chú cho biết mỗi ngày bán được khoảng 50 tô phở cho khách du lịch từ Hàn Quốc.', [
    'LOCATION:Hàn Quốc']],
  ['pronoun Anh', 'Anh kể, sau khi tốt nghiệp Đại học Bách khoa Hà Nội, anh sang Đức làm việc cho Bosch.', [
    'ORGANIZATION:Đại học Bách khoa Hà Nội', 'LOCATION:Đức', 'ORGANIZATION:Bosch']],
  ['teacher', 'Cô giáo Phạm Thị Lan cho biết lớp học có 35 em, phần lớn là con em đồng bào Mông.', [
    'PERSON:Phạm Thị Lan']],
  ['pronoun Bà', 'Bà cho biết con trai bà đang làm việc tại Nhật Bản.', [
    'LOCATION:Nhật Bản']],
  ['NA committee with commas', 'Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Lê Quang Huy cho rằng luật cần sửa sớm.', [
    'ORGANIZATION:Ủy ban Khoa học, Công nghệ và Môi trường', 'ORGANIZATION:Quốc hội', 'PERSON:Lê Quang Huy']],
  ['provincial department', 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng cảnh báo sạt lở tại đèo Prenn.', [
    'ORGANIZATION:Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng', 'LOCATION:đèo Prenn']],
  ['French ministry', 'Bộ trưởng Bộ Kinh tế, Tài chính và Chủ quyền công nghiệp Pháp Roland Lescure cho biết Paris sẽ giảm thâm hụt ngân sách.', [
    'ORGANIZATION:Bộ Kinh tế, Tài chính và Chủ quyền công nghiệp Pháp', 'PERSON:Roland Lescure', 'LOCATION:Paris']],
  ['Japanese ministry', 'Bộ Y tế, Lao động và Phúc lợi Nhật Bản khuyến cáo người dân tiêm vaccine cúm.', [
    'ORGANIZATION:Bộ Y tế, Lao động và Phúc lợi Nhật Bản']],
  ['news agency', 'Theo hãng thông tấn Yonhap, Seoul sẽ cử đặc phái viên tới Washington vào tuần tới.', [
    'ORGANIZATION:Yonhap', 'LOCATION:Seoul', 'LOCATION:Washington']],
  ['Reuters, India', 'Hãng tin Reuters dẫn nguồn tin từ Bộ Ngoại giao Ấn Độ cho biết New Delhi phản đối lệnh trừng phạt.', [
    'ORGANIZATION:Reuters', 'ORGANIZATION:Bộ Ngoại giao Ấn Độ', 'LOCATION:New Delhi']],
  ['provinces listed', 'Đoàn công tác đã làm việc tại các tỉnh Sơn La, Điện Biên và Lai Châu.', [
    'LOCATION:tỉnh Sơn La', 'LOCATION:Điện Biên', 'LOCATION:Lai Châu']],
  // an expressway is one place with its prefix inside (the real-news guidelines, fixtures/entities/blind-2026-12-05/README.md)
  ['expressway', 'Cao tốc Cam Lộ - La Sơn nối Quảng Trị với Huế được nâng cấp lên 4 làn xe.', [
    'LOCATION:Cao tốc Cam Lộ - La Sơn', 'LOCATION:Quảng Trị', 'LOCATION:Huế']],
  ['pharmacy chain', 'Công ty cổ phần FPT Retail khai trương 50 nhà thuốc Long Châu tại Đồng Tháp và Vĩnh Long.', [
    'ORGANIZATION:Công ty cổ phần FPT Retail', 'ORGANIZATION:Long Châu', 'LOCATION:Đồng Tháp', 'LOCATION:Vĩnh Long']],
  ['bank profit', 'Ngân hàng TMCP Quân đội (MB) lãi trước thuế 25.000 tỷ đồng, Tổng giám đốc Phạm Như Ánh cho biết.', [
    'ORGANIZATION:Ngân hàng TMCP Quân đội', 'ORGANIZATION:MB', 'PERSON:Phạm Như Ánh']],
  ['FDI factory', 'Samsung Electronics khởi công nhà máy thứ ba tại Thái Nguyên với vốn 2 tỷ USD.', [
    'ORGANIZATION:Samsung Electronics', 'LOCATION:Thái Nguyên']],
  ['app stores', 'Apple và Google bị Ủy ban Thương mại Công bằng Nhật Bản yêu cầu mở cửa kho ứng dụng.', [
    'ORGANIZATION:Apple', 'ORGANIZATION:Google', 'ORGANIZATION:Ủy ban Thương mại Công bằng Nhật Bản']],
  ['artists honoured', 'Nghệ sĩ nhân dân Lan Hương và đạo diễn Đặng Nhật Minh được vinh danh tại Huế.', [
    'PERSON:Lan Hương', 'PERSON:Đặng Nhật Minh', 'LOCATION:Huế']],
  ['storm forecast', 'Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết bão có thể đổ bộ vào Gia Lai - Đắk Lắk.', [
    'ORGANIZATION:Trung tâm Dự báo khí tượng thủy văn quốc gia', 'LOCATION:Gia Lai', 'LOCATION:Đắk Lắk']],
  ['university rector', 'Hiệu trưởng Trường Đại học Kinh tế Quốc dân Phạm Hồng Chương cho biết trường mở thêm 3 ngành mới.', [
    'ORGANIZATION:Trường Đại học Kinh tế Quốc dân', 'PERSON:Phạm Hồng Chương']],
  ['children hospital', 'Bệnh viện Nhi đồng 1 tiếp nhận bé trai 3 tuổi ở Tây Ninh bị chó cắn.', [
    'ORGANIZATION:Bệnh viện Nhi đồng 1', 'LOCATION:Tây Ninh']],
  ['Australian FM', 'Ngoại trưởng Australia Penny Wong có chuyến thăm Jakarta và Manila.', [
    'LOCATION:Australia', 'PERSON:Penny Wong', 'LOCATION:Jakarta', 'LOCATION:Manila']],
  ['NATO', 'Tổng thư ký NATO Mark Rutte cảnh báo Nga có thể tấn công một nước thành viên trước năm 2030.', [
    'ORGANIZATION:NATO', 'PERSON:Mark Rutte', 'LOCATION:Nga']],
  ['IMF', 'Quỹ Tiền tệ Quốc tế (IMF) nâng dự báo tăng trưởng của Việt Nam lên 6,5%.', [
    'ORGANIZATION:Quỹ Tiền tệ Quốc tế', 'ORGANIZATION:IMF', 'LOCATION:Việt Nam']],
  ['ICC', 'Tòa án Hình sự Quốc tế ở The Hague ra lệnh bắt giữ cựu Tổng thống Philippines Rodrigo Duterte.', [
    'ORGANIZATION:Tòa án Hình sự Quốc tế', 'LOCATION:The Hague', 'LOCATION:Philippines', 'PERSON:Rodrigo Duterte']],
  ['US-China call', 'Ngoại trưởng Mỹ Marco Rubio điện đàm với người đồng cấp Trung Quốc Vương Nghị.', [
    'LOCATION:Mỹ', 'PERSON:Marco Rubio', 'LOCATION:Trung Quốc', 'PERSON:Vương Nghị']],
  ['gambling ring', 'Công an TP Hải Phòng bắt giữ Nguyễn Văn Tú cùng 4 đồng phạm trong đường dây đánh bạc qua mạng.', [
    'ORGANIZATION:Công an TP Hải Phòng', 'PERSON:Nguyễn Văn Tú']],
  ['pronoun Anh ấy, clubs', 'Anh ấy từng thi đấu cho Sông Lam Nghệ An trước khi chuyển tới Hà Nội FC.', [
    'ORGANIZATION:Sông Lam Nghệ An', 'ORGANIZATION:Hà Nội FC']],
  ['Cô + given name', 'Cô Hoa, chủ một quán cà phê ở Hội An, cho biết lượng khách đã tăng trở lại.', [
    'PERSON:Hoa', 'LOCATION:Hội An']],
  ['F1', 'Tay đua Lando Norris về nhất chặng đua tại Singapore, trong khi Oscar Piastri về thứ ba.', [
    'PERSON:Lando Norris', 'LOCATION:Singapore', 'PERSON:Oscar Piastri']],
  ['airline route', 'Vietjet khai trương đường bay thẳng từ Đà Nẵng đến Ahmedabad, Ấn Độ.', [
    'ORGANIZATION:Vietjet', 'LOCATION:Đà Nẵng', 'LOCATION:Ahmedabad', 'LOCATION:Ấn Độ']],
  ['city party', 'Bí thư Thành ủy TP.HCM Trần Lưu Quang làm việc với Đảng ủy Công an Trung ương.', [
    'ORGANIZATION:Thành ủy TP.HCM', 'PERSON:Trần Lưu Quang', 'ORGANIZATION:Đảng ủy Công an Trung ương']],
  ['ambassador', 'Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki.', [
    'PERSON:Lương Cường', 'LOCATION:Nhật Bản', 'PERSON:Ito Naoki']],
  ['squad list', 'Danh sách triệu tập có Xuân Son, Hoàng Đức và Tuấn Hải cho trận đấu tại Kuala Lumpur.', [
    'PERSON:Xuân Son', 'PERSON:Hoàng Đức', 'PERSON:Tuấn Hải', 'LOCATION:Kuala Lumpur']],
  ['north London derby', 'Arsenal đánh bại Tottenham nhờ các bàn thắng của Gyökeres và Eze.', [
    'ORGANIZATION:Arsenal', 'ORGANIZATION:Tottenham', 'PERSON:Gyökeres', 'PERSON:Eze']],
];

/**
 * Batch 8: written after the batch-7 rule changes, to measure them untouched (same habits: comma ministries,
 * governors and mayors, province-named people, players, pronouns, plus ordinary news).
 */
export const BATCH8: HeldOutCase[] = [
  ['ministry with commas, Korea', 'Bộ Văn hóa, Thể thao và Du lịch Hàn Quốc cho biết lượng du khách Việt Nam tăng 30%.', [
    'ORGANIZATION:Bộ Văn hóa, Thể thao và Du lịch Hàn Quốc', 'LOCATION:Việt Nam']],
  ['ministry with commas, Thailand', 'Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Nhật Bản cấm nhập khẩu thịt gà từ Brazil.', [
    'ORGANIZATION:Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Nhật Bản', 'LOCATION:Brazil']],
  ['listed departments', 'UBND tỉnh Quảng Ninh giao Sở Xây dựng, Sở Tài chính và Công an tỉnh kiểm tra các bến tàu.', [
    'ORGANIZATION:UBND tỉnh Quảng Ninh', 'ORGANIZATION:Sở Xây dựng', 'ORGANIZATION:Sở Tài chính', 'ORGANIZATION:Công an tỉnh']],
  ['Texas governor', 'Thống đốc Texas Greg Abbott ban bố tình trạng khẩn cấp sau lũ quét.', [
    'LOCATION:Texas', 'PERSON:Greg Abbott']],
  ['Paris mayor', 'Thị trưởng Paris Anne Hidalgo cấm xe máy chạy xăng trong trung tâm thành phố.', [
    'LOCATION:Paris', 'PERSON:Anne Hidalgo']],
  ['Hokkaido governor', 'Thống đốc Hokkaido đề nghị chính phủ hỗ trợ ngư dân bị ảnh hưởng.', [
    'LOCATION:Hokkaido']],
  ['Guangxi', 'Chủ tịch Khu tự trị dân tộc Choang Quảng Tây Vi Thao hội kiến Bí thư Tỉnh ủy Lạng Sơn.', [
    // annotation corrected after the first score: the autonomous region is a place, its administrative noun inside
    'LOCATION:Khu tự trị dân tộc Choang Quảng Tây', 'PERSON:Vi Thao', 'ORGANIZATION:Tỉnh ủy Lạng Sơn']],
  ['person named after a province', 'Chị Phạm Thanh Hóa, tiểu thương ở chợ Đồng Xuân, cho biết giá rau tăng gấp đôi.', [
    'PERSON:Phạm Thanh Hóa', 'LOCATION:chợ Đồng Xuân']],
  ['footballer named after a province', 'Tiền vệ Nguyễn Hải Dương ghi bàn duy nhất giúp Công an Hà Nội thắng Thể Công - Viettel.', [
    'PERSON:Nguyễn Hải Dương', 'ORGANIZATION:Công an Hà Nội', 'ORGANIZATION:Thể Công - Viettel']],
  ['players listed', 'HLV Hansi Flick cho biết Raphinha và Olmo đã bình phục chấn thương.', [
    'PERSON:Hansi Flick', 'PERSON:Raphinha', 'PERSON:Olmo']],
  ['players, goals', 'Manchester City thắng 2-0 nhờ các bàn thắng của Marmoush và Doku.', [
    'ORGANIZATION:Manchester City', 'PERSON:Marmoush', 'PERSON:Doku']],
  ['pronoun Cô', 'Cô kể, những năm đầu lên Kon Tum dạy học, lớp chỉ có 8 học sinh.', [
    'LOCATION:Kon Tum']],
  ['pronoun Bác', 'Bác cho biết đã sống ở làng chài Nhơn Lý hơn 60 năm.', [
    // annotation corrected after the first score: a geographic noun ("làng chài", fishing village) is inside the place
    'LOCATION:làng chài Nhơn Lý']],
  ['pronoun Anh ta', 'Anh ta khai đã mua ma túy từ một người ở Lào.', [
    'LOCATION:Lào']],
  ['country Anh', 'Anh và Pháp tuyên bố sẵn sàng công nhận nhà nước Palestine.', [
    'LOCATION:Anh', 'LOCATION:Pháp', 'LOCATION:Palestine']],
  ['forensic centre', 'Trung tâm Pháp y Hà Nội đã khám nghiệm thi thể nạn nhân Trần Văn Hưng.', [
    'ORGANIZATION:Trung tâm Pháp y Hà Nội', 'PERSON:Trần Văn Hưng']],
  ['water supply company', 'Công ty cổ phần Nước sạch Hà Đông thông báo tạm ngừng cấp nước tại phường Kiến Hưng.', [
    'ORGANIZATION:Công ty cổ phần Nước sạch Hà Đông', 'LOCATION:phường Kiến Hưng']],
  ['highway', 'Dự án cao tốc Biên Hòa - Vũng Tàu sẽ thông xe toàn tuyến trước ngày 30/4.', [
    'LOCATION:cao tốc Biên Hòa - Vũng Tàu']],
  ['news agency', 'Theo Thông tấn xã Việt Nam, Tổng Bí thư Tô Lâm sẽ thăm chính thức Triều Tiên.', [
    'ORGANIZATION:Thông tấn xã Việt Nam', 'PERSON:Tô Lâm', 'LOCATION:Triều Tiên']],
  ['Japanese minister', 'Bộ trưởng Quốc phòng Nhật Bản Koizumi Shinjiro thị sát căn cứ ở Okinawa.', [
    'LOCATION:Nhật Bản', 'PERSON:Koizumi Shinjiro', 'LOCATION:Okinawa']],
  ['stock exchange', 'Sở Giao dịch Chứng khoán TP.HCM (HoSE) nhắc nhở Công ty cổ phần Đầu tư Thế Giới Di Động chậm công bố thông tin.', [
    'ORGANIZATION:Sở Giao dịch Chứng khoán TP.HCM', 'ORGANIZATION:HoSE', 'ORGANIZATION:Công ty cổ phần Đầu tư Thế Giới Di Động']],
  ['hospital, province', 'Bệnh viện Đa khoa tỉnh Phú Thọ tiếp nhận 12 công nhân nhập viện sau bữa trưa.', [
    'ORGANIZATION:Bệnh viện Đa khoa tỉnh Phú Thọ']],
  ['Indian PM', 'Thủ tướng Ấn Độ Narendra Modi tới Bắc Kinh dự hội nghị thượng đỉnh SCO.', [
    'LOCATION:Ấn Độ', 'PERSON:Narendra Modi', 'LOCATION:Bắc Kinh', 'ORGANIZATION:SCO']],
  ['singer', 'Ca sĩ Hòa Minzy được bổ nhiệm làm Đại sứ du lịch của tỉnh Bắc Ninh.', [
    'PERSON:Hòa Minzy', 'LOCATION:tỉnh Bắc Ninh']],
  ['economist quoted', 'TS Cấn Văn Lực, chuyên gia kinh tế trưởng BIDV, dự báo lãi suất sẽ ổn định.', [
    'PERSON:Cấn Văn Lực', 'ORGANIZATION:BIDV']],
  ['German chancellor', 'Thủ tướng Đức Friedrich Merz và Tổng thống Pháp Emmanuel Macron gặp nhau tại Berlin.', [
    'LOCATION:Đức', 'PERSON:Friedrich Merz', 'LOCATION:Pháp', 'PERSON:Emmanuel Macron', 'LOCATION:Berlin']],
  ['rescue', 'Bộ đội Biên phòng tỉnh Quảng Trị cứu 7 ngư dân gặp nạn gần đảo Cồn Cỏ.', [
    'ORGANIZATION:Bộ đội Biên phòng tỉnh Quảng Trị', 'LOCATION:đảo Cồn Cỏ']],
  ['startup', 'Công ty MoMo nhận khoản đầu tư 200 triệu USD từ quỹ Mizuho của Nhật Bản.', [
    'ORGANIZATION:Công ty MoMo', 'ORGANIZATION:Mizuho', 'LOCATION:Nhật Bản']],
];

export const BATCHES: Record<string, HeldOutCase[]> = { '3': BATCH3, '4': BATCH4, '5': BATCH5, '6': BATCH6, '7': BATCH7, '8': BATCH8 };
